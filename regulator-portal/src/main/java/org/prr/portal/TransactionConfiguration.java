package org.prr.portal;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * JPA transactions by default; plain JDBC ones ({@value #LEDGER}) for the report append path, which uses only SQL
 * and would otherwise open a Hibernate session for every report.
 */
@Configuration
public class TransactionConfiguration {

    public static final String LEDGER = "ledgerTransactions";

    @Bean
    @Primary
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean(LEDGER)
    JdbcTransactionManager ledgerTransactions(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
