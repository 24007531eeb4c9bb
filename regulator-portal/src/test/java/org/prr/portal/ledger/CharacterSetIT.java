package org.prr.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** On a database created latin1 (MariaDB's default), the migrations make every column utf8mb4, binary collated. */
@PortalIntegrationTest
class CharacterSetIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTextColumnIsUtf8mb4WithABinaryCollationOnALatin1Database() {
        assertThat(jdbc.queryForObject(
                        "SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA "
                                + "WHERE SCHEMA_NAME = DATABASE()",
                        String.class))
                .isEqualTo("latin1");

        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', CHARACTER_SET_NAME, ' ', "
                                + "COLLATION_NAME) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                + "AND CHARACTER_SET_NAME IS NOT NULL AND TABLE_NAME <> 'flyway_schema_history'",
                        String.class))
                .isNotEmpty()
                .allSatisfy(column -> assertThat(column).endsWith(" utf8mb4 utf8mb4_bin"));
    }

    @Test
    void storesAndReturnsChineseTextExactly() {
        PortalClient portal = new PortalClient(port);
        String id = "zh-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(portal.asAdmin(
                                "POST",
                                "/api/v1/admin/platforms",
                                """
                {"platformId":"%s","name":"重庆短视频平台 𠮷","jurisdiction":"CN-50","tier":"KEY"}"""
                                        .formatted(id))
                        .status())
                .isEqualTo(201);

        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + id)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("重庆短视频平台 𠮷");
    }
}
