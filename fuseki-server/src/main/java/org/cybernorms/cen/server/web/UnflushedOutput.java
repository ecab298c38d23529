package org.cybernorms.cen.server.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;

/** A response body whose {@code flush()} does nothing: the answer goes out when it is closed (or fills the buffer). */
final class UnflushedOutput extends ServletOutputStream {

    private final ServletOutputStream out;

    UnflushedOutput(ServletOutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void flush() {
        // Deliberately nothing: see CachingHeaders#getOutputStream.
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    @Override
    public boolean isReady() {
        return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        out.setWriteListener(listener);
    }
}
