package org.llmleaderboard.web;

import jakarta.ws.rs.QueryParam;

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
}
