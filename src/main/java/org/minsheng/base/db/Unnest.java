package org.minsheng.base.db;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Many rows as one table from parallel arrays: {@code unnest(a, b, c) as alias(x, y, z)}. A batch
 * of thousands of rows then travels as one bind value per column, so a statement over it is one
 * round trip and never meets PostgreSQL's limit of 32,767 bind values, whatever the batch size.
 */
public final class Unnest {

    private final Table<Record> table;
    private final String alias;

    private Unnest(String alias, List<String> columns, List<Field<?>> arrays) {
        this.alias = alias;
        var sql = new StringBuilder("unnest(");
        for (int i = 0; i < arrays.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('{').append(i).append('}');
        }
        sql.append(") as ")
                .append(alias)
                .append('(')
                .append(String.join(", ", columns))
                .append(')');
        this.table = DSL.table(sql.toString(), arrays.toArray(Field[]::new));
    }

    /** Columns in order, each with its array; all arrays must have the same length. */
    public static Builder as(String alias) {
        return new Builder(alias);
    }

    public Table<Record> table() {
        return table;
    }

    public <T> Field<T> field(String column, Class<T> type) {
        return DSL.field(DSL.name(alias, column), type);
    }

    public static final class Builder {
        private final String alias;
        private final List<String> columns = new ArrayList<>();
        private final List<Field<?>> arrays = new ArrayList<>();

        private Builder(String alias) {
            this.alias = alias;
        }

        public <T> Builder column(String name, T[] values) {
            columns.add(name);
            arrays.add(DSL.val(values));
            return this;
        }

        public Unnest build() {
            return new Unnest(alias, columns, arrays);
        }
    }
}
