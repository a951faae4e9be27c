package dev.migrate.internal.backup;

/**
 * Who the tools log in as.
 *
 * @param url the JDBC URL, for JDBC steps
 * @param user the user, or {@code null}
 * @param password the password, or {@code null}; never printed, never an argument
 */
record Credentials(String url, String user, String password) {

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
