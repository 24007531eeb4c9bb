package org.prr.portal.obligation;

import java.util.List;
import java.util.Optional;
import org.prr.model.MetricFamily;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObligationRules extends JpaRepository<ObligationRule, Long> {

    List<ObligationRule> findByScopeAndScopeKey(ObligationRule.Scope scope, String scopeKey);

    Optional<ObligationRule> findByScopeAndScopeKeyAndFamily(
            ObligationRule.Scope scope, String scopeKey, MetricFamily family);
}
