package org.cybernorms.cen.server.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.reasoner.Engine;

/**
 * The served dataset kept in a TDB2 directory: loaded and reasoned once, reused as long as
 * the hash of the inputs ({@link InputsHash}) stored beside it is unchanged.
 *
 * <p>The directory must be empty, new, or one this class wrote before (it holds
 * {@value #HASH_FILE}); any other directory is refused rather than overwritten.
 */
final class Tdb2Store {

    /** The file in the directory that records which inputs the store holds. */
    static final String HASH_FILE = "cen-inputs.sha256";

    /** The folder in the directory that holds the full-text index, rebuilt with the dataset. */
    static final String TEXT_INDEX = "text-index";

    private Tdb2Store() {}

    /** @param hash the {@link InputsHash} of {@code inputs} */
    static ServedDataset open(Path directory, Inputs inputs, String hash, Engine engine) {
        Path hashFile = directory.resolve(HASH_FILE);
        checkOurs(directory, hashFile);
        if (hash.equals(storedHash(hashFile))) {
            DatasetGraph store = connect(directory);
            return ServedDataset.tdb2(store, directory.resolve(TEXT_INDEX), true, hash, () -> TDBInternal.expel(store));
        }
        // Reason first: bad input must leave the directory as it was.
        DatasetGraph reasoned = DatasetBuilder.reason(inputs, engine);
        DatasetGraph store = connect(directory);
        try {
            Files.deleteIfExists(hashFile);
            Txn.executeWrite(store, () -> {
                store.clear();
                reasoned.find().forEachRemaining(store::add);
            });
            DatabaseMgr.compact(store, true);
        } catch (IOException e) {
            TDBInternal.expel(store);
            throw new CenInputException(ErrorName.UNREADABLE_INPUT, directory.toString(), "cannot write the TDB2 directory: " + e);
        }
        // The index is rebuilt before the hash is written: a run stopped in between rebuilds both.
        ServedDataset served = ServedDataset.tdb2(store, directory.resolve(TEXT_INDEX), false, hash,
                () -> TDBInternal.expel(store));
        try {
            Files.writeString(hashFile, hash + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            served.closer().run();
            throw new CenInputException(ErrorName.UNREADABLE_INPUT, directory.toString(), "cannot write the TDB2 directory: " + e);
        }
        return served;
    }

    private static void checkOurs(Path directory, Path hashFile) {
        if (!Files.exists(directory) || Files.exists(hashFile)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new CenInputException(ErrorName.TDB2_DIRECTORY_NOT_OURS, directory.toString(), "not a directory");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new CenInputException(ErrorName.TDB2_DIRECTORY_NOT_OURS, directory.toString(),
                        "the directory is not empty and was not written by cen serve (no " + HASH_FILE
                                + "); give an empty or new directory");
            }
        } catch (IOException e) {
            throw new CenInputException(ErrorName.UNREADABLE_INPUT, directory.toString(), e.getMessage());
        }
    }

    private static String storedHash(Path hashFile) {
        try {
            return Files.exists(hashFile) ? Files.readString(hashFile, StandardCharsets.US_ASCII).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static DatasetGraph connect(Path directory) {
        try {
            return DatabaseMgr.connectDatasetGraph(directory.toString());
        } catch (RuntimeException e) {
            // TDB2 locks a directory to one process.
            throw new CenInputException(ErrorName.TDB2_LOCKED, directory.toString(),
                    "cannot open the TDB2 store (is another cen serve using it?): " + e.getMessage());
        }
    }
}
