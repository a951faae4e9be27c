package dev.migrate.internal.sql;

/**
 * An operation that cannot be rendered: either the database cannot do it ({@link
 * #dialectSpecific()}) or the operation itself is incomplete. Thrown before any SQL of the
 * operation exists, so the caller adds the revision and the operation to the message.
 */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean dialectSpecific;

    private RenderException(String reason, boolean dialectSpecific) {
        super(reason);
        this.dialectSpecific = dialectSpecific;
    }

    /**
     * The database cannot do this; the reason says what to do instead.
     *
     * @param reason the message
     * @return the exception
     */
    public static RenderException unsupported(String reason) {
        return new RenderException(reason, true);
    }

    /**
     * The operation is incomplete or contradictory on every database; the reason says what to change.
     *
     * @param reason the message
     * @return the exception
     */
    public static RenderException invalid(String reason) {
        return new RenderException(reason, false);
    }

    /**
     * Whether only this database refuses the operation.
     *
     * @return {@code true} when another database could run it
     */
    public boolean dialectSpecific() {
        return dialectSpecific;
    }
}
