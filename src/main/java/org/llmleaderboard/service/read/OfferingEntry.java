package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.ProviderOffering;

@Type("Offering")
@Description("A provider's offering of a model through its API, with prices in US dollars per million tokens")
public record OfferingEntry(
        @Ignore Long modelId,
        @NonNull @Description("The provider's slug, e.g. `deepinfra`") String provider,
        @NonNull @Description("The provider's name") String providerName,
        @Description("The model's name in the provider's API") String providerModelId,
        @Description("US dollars per million input tokens") Double inputPrice,
        @Description("US dollars per million output tokens") Double outputPrice,
        @Description("Maximum input tokens") Integer contextWindow,
        @Description("Maximum output tokens") Integer maxOutput,
        @Description("Quantization served, e.g. `fp8`") String quantization,
        @Description("Where the offering comes from") String sourceUrl,
        @Description("A citation of the source, as written on the offering") String citation,
        @Description("US dollars per million cached input tokens") Double cacheReadPrice,
        @Description("When the source last checked the price") java.time.LocalDate checked,
        @Ignore String origin) {

    public static OfferingEntry from(ProviderOffering o) {
        return new OfferingEntry(o.model.id, o.provider.slug, o.provider.name, o.providerModelId, o.inputPrice, o.outputPrice,
                o.contextWindow, o.maxOutput, o.quantization, o.sourceUrl, o.sourceCitation, o.cacheReadPrice, o.checkedOn, o.origin);
    }
}
