package vn.backan.ocop.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * Which warehouse a command works on. The password comes from the option or the environment and is
 * passed to Spring as a property, never printed.
 */
record Database(String url, String user, String password) {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/ocop";

    static Database of(Options options) {
        String url = options.value("--db") != null ? options.value("--db") : DEFAULT_URL;
        String user = options.value("--db-user") != null ? options.value("--db-user") : System.getenv("OCOP_DB_USER");
        String password = options.value("--db-password") != null ? options.value("--db-password") : System.getenv("OCOP_DB_PASSWORD");
        if (user == null && url.startsWith("jdbc:h2:")) {
            user = "sa";
        }
        return new Database(url, user, password == null ? "" : password);
    }

    Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        if (user != null) {
            properties.put("spring.datasource.username", user);
        }
        properties.put("spring.datasource.password", password);
        return properties;
    }

    @Override
    public String toString() {
        return "Database[" + url + ", user " + user + "]";
    }
}
