package dev.migrate.maven;

/** A database user and password, either of which may be absent. */
record Credentials(String user, String password) {

    /** The embedded H2 database's owner. */
    static final Credentials H2_DEFAULT = new Credentials("sa", "");

    /** Keeps the password out of logs, even through a stray {@code toString()}. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
