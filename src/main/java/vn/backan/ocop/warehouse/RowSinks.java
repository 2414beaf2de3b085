package vn.backan.ocop.warehouse;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * What the warehouse database can do beyond plain JDBC: on PostgreSQL, COPY for staging rows and
 * ANALYZE after bulk loads; elsewhere batched inserts and nothing more.
 */
@Configuration
class RowSinks {

    @Bean
    Engine engine(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return "PostgreSQL".equals(product) ? Engine.POSTGRESQL : Engine.OTHER;
    }

    @Bean
    RowSink rowSink(Engine engine, DataSource dataSource, JdbcTemplate jdbc) {
        return engine == Engine.POSTGRESQL ? new PostgresCopySink(dataSource) : new JdbcBatchSink(jdbc);
    }

    /** The database engine, as far as the warehouse's SQL cares. */
    enum Engine { POSTGRESQL, OTHER }
}
