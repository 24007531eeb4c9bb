package org.prr.portal.platform;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Platforms extends JpaRepository<Platform, String> {

    List<Platform> findAllByOrderByPlatformId();

    List<Platform> findByJurisdictionOrderByPlatformId(String jurisdiction);
}
