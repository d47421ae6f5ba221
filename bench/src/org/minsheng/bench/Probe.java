package org.minsheng.bench;

/** Prints what the server answers to each step of a simulated browser, for checking the driver by eye. */
public final class Probe {

    private Probe() {}

    public static void main(String[] args) throws Exception {
        var client = new VaadinClient(args[0]);
        System.out.println("login: " + client.login(args[1], "demo"));
        client.open(args[2], args.length > 3 ? args[3] : "");
        System.out.println("open: " + client.lastBody.length() + " chars, campaign-chart "
                + client.lastBody.split("campaign-chart", -1).length + ", data-indicator "
                + client.lastBody.split("\"data-indicator\"", -1).length + "\n"
                + client.lastBody.substring(
                        0, Math.min(Integer.getInteger("probe.chars", 600), client.lastBody.length())));
        if (args.length > 4) {
            client.navigate(args[4], args.length > 5 ? args[5] : "");
            System.out.println("navigate: " + client.lastBody.length() + " chars\n"
                    + client.lastBody.substring(0, Math.min(3000, client.lastBody.length())));
        }
    }
}
