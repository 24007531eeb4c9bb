package org.prr.portal.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security takes the form's POST, counts wrong passwords and locks as for the API. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "ui/sign-in";
    }
}
