package org.prr.model;

/** The narrative sections of the annual report, following seed 002 §三 (二)–(十). */
public enum AnnualTopic {
    COMMUNITY_RULES("完善平台社区规则"),
    ACCOUNT_MANAGEMENT("加强账号规范管理"),
    CONTENT_REVIEW("健全内容审核机制"),
    CONTENT_QUALITY("提升信息内容质量"),
    DISSEMINATION("规范信息内容传播"),
    KEY_FUNCTIONS("加强重点功能管理"),
    LAWFUL_OPERATION("坚持依法合规经营"),
    MINORS_PROTECTION("严格未成年人网络保护"),
    STAFFING("加强人员队伍建设");

    private final String labelZh;

    AnnualTopic(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
