package io.jiceng.platform.division.internal;

import io.jiceng.platform.division.DivisionLevel;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;

/** Stores a level as its number (1 province .. 6 grid), which sorts and compares naturally in SQL. */
@MappedTypes(DivisionLevel.class)
public class DivisionLevelTypeHandler extends BaseTypeHandler<DivisionLevel> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, DivisionLevel level, JdbcType jdbcType) throws SQLException {
        ps.setInt(i, level.number());
    }

    @Override
    public DivisionLevel getNullableResult(ResultSet rs, String column) throws SQLException {
        int number = rs.getInt(column);
        return rs.wasNull() ? null : DivisionLevel.ofNumber(number);
    }

    @Override
    public DivisionLevel getNullableResult(ResultSet rs, int index) throws SQLException {
        int number = rs.getInt(index);
        return rs.wasNull() ? null : DivisionLevel.ofNumber(number);
    }

    @Override
    public DivisionLevel getNullableResult(CallableStatement cs, int index) throws SQLException {
        int number = cs.getInt(index);
        return cs.wasNull() ? null : DivisionLevel.ofNumber(number);
    }
}
