package org.llmleaderboard.web;

import jakarta.ws.rs.QueryParam;
import org.llmleaderboard.web.view.TraitValues;

import java.util.List;

/**
 * The filter parameters every view of the models shares — the pages' URLs ({@link LeaderboardParams}) and the JSON
 * API ({@code web.api.ModelApiParams}) name them alike, so a leaderboard URL's query string works on both.
 */
public class FilterParams {

    @QueryParam("q")
    public String q;

    @QueryParam("lab")
    public List<String> labs;

    @QueryParam("arch")
    public List<String> archs;

    @QueryParam("access")
    public List<String> access;

    @QueryParam("tag")
    public List<String> tags;

    @QueryParam("band")
    public List<String> bands;

    /** The model's own traits ({@code web.view.TraitValues}): sizes in billions, a day, modalities, yes/no. */
    @QueryParam("minParams")
    public String minParams;

    @QueryParam("maxParams")
    public String maxParams;

    @QueryParam("minActive")
    public String minActive;

    @QueryParam("maxActive")
    public String maxActive;

    @QueryParam("releasedAfter")
    public String releasedAfter;

    @QueryParam("modality")
    public List<String> modalities;

    @QueryParam("reasoning")
    public String reasoning;

    @QueryParam("commercial")
    public String commercial;

    /** The model's traits as given, for {@code TraitValues} to check and read. */
    public TraitValues.Raw traitValues() {
        return new TraitValues.Raw(minParams, maxParams, minActive, maxActive, releasedAfter, modalities, reasoning, commercial);
    }
}
