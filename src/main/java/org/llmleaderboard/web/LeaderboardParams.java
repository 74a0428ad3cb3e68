package org.llmleaderboard.web;

import jakarta.ws.rs.QueryParam;

import java.util.List;

/** The public URL parameters of a leaderboard view (bookmarkable; see {@code LeaderboardState}). */
public class LeaderboardParams {

    @QueryParam("sort")
    public String sort;

    @QueryParam("dir")
    public String dir;

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

    @QueryParam("page")
    public String page;

    /** Benchmark columns to show (slugs, repeated); the default four when none. */
    @QueryParam("col")
    public List<String> cols;

    /** {@code open}, {@code closed}, {@code unknown}. */
    @QueryParam("weights")
    public List<String> weights;

    /** Licence ids, e.g. {@code mit}. */
    @QueryParam("licence")
    public List<String> licences;

    /** {@code only}: family and standalone models, no variants. */
    @QueryParam("families")
    public String families;
}
