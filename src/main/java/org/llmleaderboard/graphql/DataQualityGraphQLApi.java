package org.llmleaderboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.llmleaderboard.service.read.DataQualityReport;
import org.llmleaderboard.service.read.DataQualityService;

/** The data-quality report, as on {@code /data-quality}. */
@GraphQLApi
public class DataQualityGraphQLApi {

    private final DataQualityService dataQuality;

    DataQualityGraphQLApi(DataQualityService dataQuality) {
        this.dataQuality = dataQuality;
    }

    @Query("dataQuality")
    @Description("What looks wrong in the data: suspected duplicate models, benchmarks without a family, scores outside their benchmark's range, models without lab or date, unresolved source records")
    public @NonNull DataQualityReport dataQuality() {
        return dataQuality.report();
    }
}
