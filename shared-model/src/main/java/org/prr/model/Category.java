package org.prr.model;

/**
 * Category code list v1 for illegal and harmful information (违法和不良信息). Codes are stable wire identifiers; the
 * labels are for people. A report uses the list version named by {@link #LIST_VERSION}.
 */
public enum Category {
    ENDANGERING_NATIONAL_SECURITY("危害国家安全", "Endangering national security"),
    TERRORISM_EXTREMISM("恐怖主义、极端主义", "Terrorism and extremism"),
    ETHNIC_HATRED_DISCRIMINATION("民族仇恨、民族歧视", "Ethnic hatred and discrimination"),
    RUMOURS_FALSE_INFORMATION("谣言、虚假信息", "Rumours and false information"),
    PORNOGRAPHY_VULGARITY("淫秽色情、低俗", "Pornography and vulgarity"),
    GAMBLING("赌博", "Gambling"),
    VIOLENCE_GORE("暴力、血腥", "Violence and gore"),
    FRAUD_SCAMS("诈骗", "Fraud and scams"),
    DEFAMATION_PRIVACY("侮辱诽谤、侵犯隐私", "Defamation and privacy violations"),
    CYBERBULLYING("网络暴力", "Cyberbullying"),
    HARM_TO_MINORS("危害未成年人", "Harm to minors"),
    PAID_POST_DELETION("有偿删帖", "Paid post deletion"),
    HYPE_CLICKBAIT("恶意炒作、标题党", "Malicious hype and clickbait"),
    ILLEGAL_NEWS_SERVICE("违规采编发布", "Unlicensed news gathering and publishing"),
    INFRINGEMENT("侵权", "Infringement of rights"),
    OTHER("其他", "Other");

    public static final String LIST_VERSION = "1";

    private final String labelZh;
    private final String labelEn;

    Category(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
