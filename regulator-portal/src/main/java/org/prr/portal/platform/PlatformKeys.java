package org.prr.portal.platform;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformKeys extends JpaRepository<PlatformKey, String> {
}
