package org.llmleaderboard.service.export;

import com.fasterxml.jackson.core.JsonGenerator;
import org.llmleaderboard.importer.DatasetJson;
import org.llmleaderboard.importer.DatasetJson.BenchmarkRecord;
import org.llmleaderboard.importer.DatasetJson.Dataset;
import org.llmleaderboard.importer.DatasetJson.LabRecord;
import org.llmleaderboard.importer.DatasetJson.ModelRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a {@link DatasetJson} document as it goes: the labs and benchmarks first, then one model after the
 * other, so that the models never need to be in memory together. Byte-stable: pretty-printed, {@code \n} line
 * endings and a final newline; the caller hands the lists over sorted as {@link Dataset} states. Whole or
 * streamed, a document comes out byte for byte the same.
 */
public final class DatasetJsonWriter {

    private final JsonGenerator json;
    private final OutputStream out;

    private DatasetJsonWriter(JsonGenerator json, OutputStream out) {
        this.json = json;
        this.out = out;
    }

    /** Writes the document's head (format, labs, benchmarks) and opens its list of models; does not close {@code out}. */
    public static DatasetJsonWriter start(OutputStream out, List<LabRecord> labs, List<BenchmarkRecord> benchmarks)
            throws IOException {
        JsonGenerator json = ExportJson.generator(out);
        json.writeStartObject();
        json.writeStringField("format", DatasetJson.FORMAT);
        json.writeArrayFieldStart("labs");
        for (LabRecord lab : labs) {
            json.writeObject(lab);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("benchmarks");
        for (BenchmarkRecord benchmark : benchmarks) {
            json.writeObject(benchmark);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("models");
        return new DatasetJsonWriter(json, out);
    }

    /** Writes the next model (models come by slug). */
    public void model(ModelRecord model) throws IOException {
        json.writeObject(model);
    }

    /** Sends what is written so far on its way, e.g. after a chunk of models. */
    public void flush() throws IOException {
        json.flush();
    }

    /** Closes the list of models and the document, ends it with a newline and flushes; does not close {@code out}. */
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.write('\n');
        out.flush();
    }

    /** Writes a whole document held in memory: the same bytes as writing it model by model. */
    public static void write(Dataset dataset, OutputStream out) throws IOException {
        DatasetJsonWriter writer = start(out, dataset.labs(), dataset.benchmarks());
        for (ModelRecord model : dataset.models()) {
            writer.model(model);
        }
        writer.finish();
    }
}
