package org.llmleaderboard.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bare HTTP/1.1 client of {@code /events}, on a socket of its own: the test sees the stream's bytes as the server
 * sends them (no client buffering or decoding), and closing it closes the connection, as a browser leaving the page.
 */
final class EventStream implements AutoCloseable {

    private static final long WAIT_SECONDS = 20;

    private final Socket socket;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    EventStream(URL base, String pathAndQuery) throws IOException {
        socket = new Socket(base.getHost(), base.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: text/event-stream\r\n"
                + "Accept-Encoding: gzip\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // closed by the test
            }
        }, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The lines the stream sends up to and including the first that contains {@code text} (headers and chunk sizes
     * included), joined by newlines; null when none came within 20 s.
     */
    String until(String text) {
        StringBuilder seen = new StringBuilder();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            for (long left = WAIT_SECONDS * 1000; left > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                String line = lines.poll(left, TimeUnit.MILLISECONDS);
                if (line == null) {
                    return null;
                }
                seen.append(line).append('\n');
                if (line.contains(text)) {
                    return seen.toString();
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Every line received so far, without waiting. */
    String drained() {
        StringBuilder out = new StringBuilder();
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
