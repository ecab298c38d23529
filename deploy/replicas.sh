#!/usr/bin/env bash
# deploy/replicas.sh PORT N [cen serve options...]
#
# Runs N replicas of `cen serve` behind Debian's nginx, which listens on 127.0.0.1:PORT as
# load balancer and HTTP cache (docs/deployment.md says what each setting is for). In the
# foreground; SIGTERM or SIGINT stops nginx and every replica; SIGHUP replaces the replicas
# one by one (a rolling restart) with the jar and the data files as they are then.
#
# Every replica reasons the same inputs and serves them from memory (docs/deployment.md
# gives the measurement behind this choice). A replica that dies, or stops answering
# /$/ping, is started again on its port.
#
# Environment:
#   CEN_JAR         the runnable jar (default: fuseki-server/target/cen.jar of this checkout)
#   CEN_JAVA_OPTS   JVM options of each replica (default: -Xmx256m)
#   CEN_LISTEN      the address nginx listens on (default: 127.0.0.1, this machine only)
#   CEN_RUN_DIR     configuration, cache and logs (default: a new temporary directory)
#   CEN_DRAIN       seconds a replaced replica keeps its requests before it is stopped (default: 2)
#   NGINX           the nginx binary (default: nginx on PATH, else /usr/sbin/nginx)
set -euo pipefail

usage() { echo "usage: $0 PORT N [cen serve options...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
port=$1 replicas=$2
shift 2
serve_args=("$@")
[[ $port =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || usage
[[ $replicas =~ ^[0-9]+$ ]] && [ "$replicas" -ge 1 ] || usage

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar=${CEN_JAR:-$here/../fuseki-server/target/cen.jar}
java_opts=${CEN_JAVA_OPTS:--Xmx256m}
listen=${CEN_LISTEN:-127.0.0.1}
drain=${CEN_DRAIN:-2}
nginx=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[ -f "$jar" ] || { echo "replicas: no jar at $jar (build it: ./mvnw -B -DskipTests package)" >&2; exit 2; }
[ -x "$nginx" ] || { echo "replicas: no nginx (Debian: apt-get install nginx)" >&2; exit 2; }
command -v curl >/dev/null || { echo "replicas: curl is needed for the health checks" >&2; exit 2; }
run=${CEN_RUN_DIR:-$(mktemp -d -t cen-replicas.XXXXXX)}
mkdir -p "$run/nginx" "$run/jars"
# nginx's cache and temporary files. As root, nginx's workers run as an unprivileged user,
# who may not reach the run directory: they get a directory of their own, removed on stop.
if [ "$(id -u)" -eq 0 ]; then
  worker=www-data
  id "$worker" >/dev/null 2>&1 || worker=nobody
  cache_dir=$(mktemp -d -t cen-nginx-cache.XXXXXX)
  chown "$worker" "$cache_dir"
else
  worker="" cache_dir="$run/nginx/cache"
  mkdir -p "$cache_dir"
fi

log() { echo "replicas: $*"; }

# --- replicas -------------------------------------------------------------------------
# Slot i has a process (pids[i]), the port it listens on (ports[i]) and the jar generation
# it runs (gens[i]). Each generation runs its own copy of the jar, so that a jar rebuilt
# under a running replica never changes what that replica reads.
pids=() ports=() gens=() failed_pings=()
generation=0   # the jar and data in use; part of nginx's cache key
nginx_pid=""

copy_jar() { # GEN
  cp -p "$jar" "$run/jars/cen-$1.jar"
}

# Starts a replica of generation GEN on PORT (0: any free port) without waiting; sets
# launched_pid and launched_log.
launch_replica() { # SLOT GEN PORT
  launched_log="$run/replica-$1.gen$2.$(date +%s%N).log"
  # shellcheck disable=SC2086 # java_opts holds several words on purpose
  java $java_opts -jar "$run/jars/cen-$2.jar" serve --host 127.0.0.1 --port "$3" "${serve_args[@]}" \
      >"$launched_log" 2>&1 &
  launched_pid=$!
}

# Waits until a launched replica answers /$/ping and prints its port; fails (with its log)
# if it stops or is not ready in 300 s.
await_replica() { # PID LOG
  local pid=$1 out=$2 deadline=$((SECONDS + 300)) url=""
  while [ -z "$url" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null || true
      echo "replicas: a replica did not start ($out):" >&2; sed 's/^/  /' "$out" >&2
      return 1
    fi
    [ $SECONDS -lt $deadline ] || { kill -9 "$pid"; echo "replicas: replica not ready in 300 s ($out)" >&2; return 1; }
    sleep 0.1
    url=$(sed -n 's/^CEN-KG serving \(http:[^ ]*\) .*/\1/p;T;q' "$out")
  done
  curl -fsS -m 5 -o /dev/null "${url}\$/ping" || { kill -9 "$pid"; echo "replicas: replica fails /\$/ping ($out)" >&2; return 1; }
  url=${url%/}
  echo "${url##*:}"
}

# Launches and waits: sets launched_pid and started_port.
start_replica() { # SLOT GEN PORT
  launch_replica "$@"
  started_port=$(await_replica "$launched_pid" "$launched_log")
}

stop_replica() { # PID
  kill -TERM "$1" 2>/dev/null || return 0
  local deadline=$((SECONDS + 30))
  while kill -0 "$1" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# --- nginx ----------------------------------------------------------------------------
write_nginx_conf() {
  local servers="" i worker_user=""
  for i in "${!ports[@]}"; do
    servers+="        server 127.0.0.1:${ports[$i]} max_fails=1 fail_timeout=2s;"$'\n'
  done
  [ -n "$worker" ] && worker_user="user $worker;"
  sed -e "s|@RUN@|$run/nginx|g" -e "s|@CACHE@|$cache_dir|g" -e "s|@LISTEN@|$listen:$port|g" -e "s|@GENERATION@|$generation|g" \
      -e "s|@USER@|$worker_user|g" "$here/nginx.conf.in" \
    | awk -v servers="$servers" '{ if ($0 ~ /@SERVERS@/) printf "%s", servers; else print }' \
    > "$run/nginx/nginx.conf.new"
  mv "$run/nginx/nginx.conf.new" "$run/nginx/nginx.conf"
}

# Reloads nginx with the current replicas: new workers take new connections, the old ones
# finish the requests they have, so nothing in flight is lost.
reload_nginx() {
  write_nginx_conf
  "$nginx" -p "$run/nginx" -e "$run/nginx/error.log" -c "$run/nginx/nginx.conf" -t -q \
    || { echo "replicas: the new nginx configuration is refused; the old one stays" >&2; return 1; }
  kill -HUP "$nginx_pid"
}

start_nginx() {
  write_nginx_conf
  "$nginx" -p "$run/nginx" -e "$run/nginx/error.log" -c "$run/nginx/nginx.conf" -g "daemon off;" &
  nginx_pid=$!
  local deadline=$((SECONDS + 10))
  until curl -s -m 1 -o /dev/null "http://$listen:$port/\$/ping"; do
    kill -0 "$nginx_pid" 2>/dev/null || { echo "replicas: nginx did not start:" >&2; cat "$run/nginx/error.log" >&2; return 1; }
    [ $SECONDS -lt $deadline ] || { echo "replicas: nginx not answering on $listen:$port" >&2; return 1; }
    sleep 0.1
  done
}

# --- stopping and rolling -------------------------------------------------------------
stopping=0
stop_all() {
  set +e
  stopping=1
  trap - TERM INT HUP
  log "stopping"
  [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null
  local i
  for i in "${!pids[@]}"; do kill -TERM "${pids[$i]}" 2>/dev/null || true; done
  for i in "${!pids[@]}"; do stop_replica "${pids[$i]}"; done
  [ -n "$nginx_pid" ] && { wait "$nginx_pid" 2>/dev/null || true; }
  [ -n "$worker" ] && rm -rf "$cache_dir"
  log "stopped"
  exit 0
}

roll_requested=0
# Each slot in turn: a new replica starts beside the old one (so capacity never drops),
# nginx is pointed at it, the old one keeps its requests for CEN_DRAIN seconds and stops.
# A new replica that fails to start ends the rolling restart with the old ones serving.
rolling_restart() {
  roll_requested=0
  local next=$((generation + 1)) i
  copy_jar "$next"
  log "rolling restart to generation $next"
  for i in "${!pids[@]}"; do
    if ! start_replica "$i" "$next" 0; then
      log "rolling restart stopped at replica $i: the old replicas keep serving"
      return 0
    fi
    local old=${pids[$i]}
    pids[$i]=$launched_pid ports[$i]=$started_port gens[$i]=$next
    [ "$i" -eq $((${#pids[@]} - 1)) ] && generation=$next   # the last switch also retires the cache
    reload_nginx || true
    sleep "$drain"
    stop_replica "$old"
    log "replica $i replaced (pid ${pids[$i]}, port ${ports[$i]}, generation $next)"
  done
  rm -f "$run/jars/cen-$((next - 1)).jar"
  log "rolled: generation $generation on every replica"
}

# --- health checks --------------------------------------------------------------------
# nginx (open source) has no active health checks: it skips a replica that refused a
# connection or timed out (max_fails, fail_timeout) and retries the request elsewhere.
# Here each replica's /$/ping is asked every second; a replica that died or failed three
# pings in a row is started again on its own port, so nginx needs no reload.
check_replicas() {
  local i
  for i in "${!pids[@]}"; do
    [ $stopping -eq 0 ] && [ $roll_requested -eq 0 ] || return 0
    if kill -0 "${pids[$i]}" 2>/dev/null \
        && curl -fsS -m 2 -o /dev/null "http://127.0.0.1:${ports[$i]}/\$/ping"; then
      failed_pings[$i]=0
      continue
    fi
    if kill -0 "${pids[$i]}" 2>/dev/null; then
      failed_pings[$i]=$((failed_pings[$i] + 1))
      [ "${failed_pings[$i]}" -ge 3 ] || continue
      log "replica $i (pid ${pids[$i]}) failed 3 pings: restarting it"
      kill -9 "${pids[$i]}" 2>/dev/null || true
    else
      log "replica $i (pid ${pids[$i]}) is gone: restarting it"
    fi
    wait "${pids[$i]}" 2>/dev/null || true
    failed_pings[$i]=0
    if start_replica "$i" "${gens[$i]}" "${ports[$i]}"; then
      pids[$i]=$launched_pid
      log "replica $i back (pid ${pids[$i]}, port ${ports[$i]})"
    elif start_replica "$i" "${gens[$i]}" 0; then
      # Its port was taken meanwhile: another one, and nginx told.
      pids[$i]=$launched_pid ports[$i]=$started_port
      reload_nginx || true
      log "replica $i back on a new port (pid ${pids[$i]}, port ${ports[$i]})"
    fi
  done
}

# --- main -----------------------------------------------------------------------------
trap stop_all TERM INT
trap 'roll_requested=1' HUP

copy_jar 0
logs=()
for ((i = 0; i < replicas; i++)); do   # all at once: each reasons on its own
  launch_replica "$i" 0 0
  pids[$i]=$launched_pid logs[$i]=$launched_log gens[$i]=0 failed_pings[$i]=0
done
for i in "${!pids[@]}"; do
  ports[$i]=$(await_replica "${pids[$i]}" "${logs[$i]}") || stop_all
  log "replica $i: pid ${pids[$i]}, port ${ports[$i]}"
done
start_nginx || stop_all
log "serving http://$listen:$port/ with $replicas replicas; nginx pid $nginx_pid; files in $run"

while true; do
  sleep 1
  kill -0 "$nginx_pid" 2>/dev/null || { echo "replicas: nginx stopped" >&2; stop_all; }
  if [ $roll_requested -eq 1 ]; then
    rolling_restart
  fi
  check_replicas
done
