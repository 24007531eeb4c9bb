package org.prr.portal.platform;

import org.springframework.data.jpa.repository.JpaRepository;

interface Platforms extends JpaRepository<Platform, String> {
}
