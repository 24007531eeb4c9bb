package org.prr.portal.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUsers extends JpaRepository<StaffUser, String> {
}
