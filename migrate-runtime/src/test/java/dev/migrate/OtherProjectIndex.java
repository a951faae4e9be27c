package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/** Another project's revisions, which share nothing with {@link ShopIndex}. */
public final class OtherProjectIndex implements RevisionIndex {

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(RevisionDescriptor.of("p1", "", "", "", "create payroll", true, "pppp", Payroll.class.getName()));
    }

    @Override
    public Migration newMigration(int position) {
        return new Payroll();
    }

    /** Creates payroll. */
    public static final class Payroll implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE payroll (id INT PRIMARY KEY)"); }
        @Override public void downgrade(Ops op) { op.execute("DROP TABLE payroll"); }
    }
}
