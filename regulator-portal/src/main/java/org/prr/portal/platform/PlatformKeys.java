package org.prr.portal.platform;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformKeys extends JpaRepository<PlatformKey, PlatformKey.Id> {

    List<PlatformKey> findByPlatformIdOrderByKeyId(String platformId);
}
