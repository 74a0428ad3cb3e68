package org.llmleaderboard;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the application. It exists for one setting that must be made before Quarkus builds its HTTP root handler
 * and that no configuration key reaches: Quarkus answers a URL that is not a valid URI (a broken %-escape such as
 * {@code ?q=%zz}, a raw {@code <}) with an empty 400 before any route runs. With {@code vertx.disableURIValidation}
 * the request reaches {@code web.RequestLimitsRoute}, which answers the same 400 as a page in the site's layout
 * saying what is wrong with the address. (Tests set the property in pom.xml, the native build in
 * {@code quarkus.native.additional-build-args}, because neither runs this method before the handler is built.)
 */
@QuarkusMain
public class LeaderboardMain {

    static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

    public static void main(String... args) {
        if (System.getProperty(DISABLE_URI_VALIDATION) == null) {
            System.setProperty(DISABLE_URI_VALIDATION, "true");
        }
        Quarkus.run(args);
    }
}
