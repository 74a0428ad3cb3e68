package org.llmleaderboard.service.load.source;

import org.llmleaderboard.service.InvalidArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Downloads a source's zip over http(s), refusing a body over the size limit while it streams in. */
final class SourceDownload {

    private SourceDownload() {
    }

    /** The URL, checked before anything is fetched: http or https, with a host. */
    static URI check(String url) throws InvalidArgumentException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("url", "not a URL: " + url);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
            throw new InvalidArgumentException("url", "only http and https URLs of a zip can be read: " + url);
        }
        return uri;
    }

    static byte[] fetch(URI uri, long maxBytes, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("the server answered " + response.statusCode() + " for " + uri);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[65536];
            for (int n; (n = in.read(chunk)) > 0; ) {
                out.write(chunk, 0, n);
                if (out.size() > maxBytes) {
                    throw new IOException("the download is larger than " + maxBytes + " bytes (leaderboard.refresh.max-download-bytes)");
                }
            }
            return out.toByteArray();
        }
    }
}
