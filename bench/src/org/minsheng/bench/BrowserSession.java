package org.minsheng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The browser session {@link SessionRecorder} recorded (bench/fixtures/browser-session.jsonl), as the
 * user actions of each role with the Vaadin requests a real Chromium sent for each, in order.
 */
record BrowserSession(List<Action> leader, List<Action> statistician) {

    static final Path FIXTURE = Path.of("bench/fixtures/browser-session.jsonl");

    /** One user action (a click, a typed value, a page opened) and the requests the browser sent for it. */
    record Action(String name, List<ObjectNode> requests) {}

    static BrowserSession load() throws IOException {
        return load(Path.of(System.getProperty("bench.fixture", FIXTURE.toString())));
    }

    static BrowserSession load(Path file) throws IOException {
        var json = new ObjectMapper();
        var leader = new ArrayList<Action>();
        var statistician = new ArrayList<Action>();
        String lastUser = null;
        String lastAction = null;
        boolean pastLogin = false;
        for (var text : Files.readAllLines(file)) {
            if (text.isBlank()) {
                continue;
            }
            var line = (ObjectNode) json.readTree(text);
            var user = line.get("user").asString();
            var action = line.get("action").asString();
            // the sign-in ends on the dashboard: what follows the login page is the dashboard's opening
            if (!user.equals(lastUser)) {
                pastLogin = false;
            }
            if (action.equals("login")) {
                pastLogin |= line.get("kind").asString().equals("init")
                        && !line.get("url").asString().contains("location=login");
                action = pastLogin ? "dashboard" : action;
            }
            var actions = user.equals("leader") ? leader : statistician;
            if (!user.equals(lastUser) || !action.equals(lastAction) || actions.isEmpty()) {
                actions.add(new Action(action, new ArrayList<>()));
            }
            actions.getLast().requests().add(line);
            lastUser = user;
            lastAction = action;
        }
        return new BrowserSession(List.copyOf(leader), List.copyOf(statistician));
    }

    /** The actions of a role up to and including the first one named {@code name}. */
    static List<Action> upTo(List<Action> actions, String name) {
        var result = new ArrayList<Action>();
        for (var action : actions) {
            result.add(action);
            if (action.name().equals(name)) {
                return result;
            }
        }
        throw new IllegalArgumentException("the recording has no action " + name);
    }
}
