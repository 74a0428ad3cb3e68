package org.llmleaderboard.service.load.source;

import org.llmleaderboard.domain.DataSources;
import org.llmleaderboard.importer.aider.AiderReader;
import org.llmleaderboard.importer.epoch.EpochHubReader;
import org.llmleaderboard.importer.epoch.EpochModelsReader;
import org.llmleaderboard.importer.epoch.EpochStitchingReader;
import org.llmleaderboard.importer.genaiprices.GenaiPricesReader;
import org.llmleaderboard.importer.helm.HelmReader;
import org.llmleaderboard.importer.livebench.LiveBenchReader;
import org.llmleaderboard.importer.modelsdev.ModelsDevReader;

import java.util.List;
import java.util.Optional;

/**
 * The open sources' formats, in the order they load at first start: the model catalogues first (models.dev, HELM, the
 * Epoch sets, whose names and labs the others then match), then the score sources, then the price list.
 */
public final class SourceFormats {

    public static final List<SourceFormat> ALL = List.of(
            new SourceFormat(DataSources.MODELS_DEV, ModelsDevReader.files(), ModelsDevReader::read),
            new SourceFormat(DataSources.EPOCH_MODELS, EpochModelsReader.files(), EpochModelsReader::read),
            new SourceFormat(DataSources.EPOCH_HUB, EpochHubReader.files(), EpochHubReader::read),
            new SourceFormat(DataSources.EPOCH_STITCHING, EpochStitchingReader.files(), EpochStitchingReader::read),
            new SourceFormat(DataSources.HELM, HelmReader.files(), HelmReader::read),
            new SourceFormat(DataSources.LIVEBENCH, LiveBenchReader.files(), LiveBenchReader::read),
            new SourceFormat(DataSources.AIDER, AiderReader.files(), AiderReader::read),
            new SourceFormat(DataSources.GENAI_PRICES, GenaiPricesReader.files(), GenaiPricesReader::read));

    private SourceFormats() {
    }

    public static Optional<SourceFormat> byId(String id) {
        return ALL.stream().filter(f -> f.source().id().equals(id)).findFirst();
    }
}
