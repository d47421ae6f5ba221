package org.minsheng.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of plain HTTP against the running application: its own cookies, no redirects
 * followed (so a test sees where it is sent), and a timeout that fails the test rather than passing
 * for a refusal. Signing in goes through the real login form, CSRF token included.
 */
public final class WebSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    private WebSession(int port) {
        base = URI.create("http://localhost:" + port);
        http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** Nobody signed in yet: a fresh browser. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Signed in through the login form, as a browser does it; fails unless the sign-in worked. */
    public static WebSession signedIn(int port, String username, String password) {
        var session = new WebSession(port);
        var response = session.signIn(username, password);
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("login")) {
            throw new AssertionError("sign-in as " + username + " failed: " + response.statusCode() + " "
                    + response.headers().map());
        }
        return session;
    }

    /** Opens the login page for its CSRF token and posts the form with it. */
    public HttpResponse<String> signIn(String username, String password) {
        return signIn(username, password, Map.of());
    }

    public HttpResponse<String> signIn(String username, String password, Map<String, String> headers) {
        var page = get("/login");
        var token = CSRF_META
                .matcher(page.body())
                .results()
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the login page carries no CSRF token"));
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token), headers);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers) {
        var body = new LinkedHashMap<>(form)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The response, or empty when the server hung up without one (how Tomcat refuses a request it will
     * not read, such as an oversized header). A timeout is never a refusal: it fails the test.
     */
    public Optional<HttpResponse<String>> sendOrClosed(HttpRequest.Builder request) {
        try {
            return Optional.of(http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (HttpTimeoutException timeout) {
            throw new AssertionError(
                    "no answer within " + TIMEOUT + ": " + request.build().uri(), timeout);
        } catch (IOException closed) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), body);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public URI uri(String path) {
        return base.resolve(path);
    }
}
