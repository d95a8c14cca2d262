/// Word lists for the demo book: plausible, varied, and free of real companies' names.
enum DemoVocabulary {
    static let prefixes = [
        "Northwind", "Bluefin", "Cedar", "Granite", "Harbor", "Ironwood", "Juniper", "Keystone", "Lumen",
        "Meridian", "Nimbus", "Orchard", "Pinnacle", "Quarry", "Redwood", "Summit", "Tidewater", "Upland",
        "Vantage", "Willow", "Aster", "Beacon", "Copper", "Driftwood", "Evergreen", "Falcon", "Glacier",
        "Highland", "Indigo", "Jasper", "Kestrel", "Lakeside", "Marlin", "Northstar", "Oakridge", "Polaris",
    ]
    static let nouns = [
        "Logistics", "Analytics", "Health", "Foods", "Energy", "Robotics", "Textiles", "Pharma", "Freight",
        "Systems", "Capital", "Telecom", "Materials", "Hotels", "Farms", "Media", "Labs", "Motors",
        "Insurance", "Retail", "Water", "Aerospace", "Learning", "Security",
    ]
    static let suffixes = ["", "", "Group", "Inc", "Ltd", "GmbH", "AG", "SA", "Co", "Partners", "Holdings"]
    static let internationalNames = [
        "", "", "", "Müller Präzision GmbH", "", "", "", "", "", "", "東京精密 KK", "", "", "", "", "",
        "", "São Paulo Agro SA", "", "", "", "", "", "", "Zoë's Bakeries 🥐", "", "", "", "", "", "", "Ålesund Fiskeri AS",
        "", "", "", "", "", "", "서울 물류", "",
    ]
    static let industries = [
        "Manufacturing", "Healthcare", "Financial Services", "Retail", "Logistics", "Energy", "Software",
        "Education", "Public Sector", "Telecom", "Hospitality", "Agriculture",
    ]
    static let regions = ["NA East", "NA West", "UK & Ireland", "DACH", "Nordics", "France", "Japan", "ANZ", "Brazil", "Korea"]
    static let managers = ["Dana Whitfield", "Priya Raman", "Marco Bellini", "Aiko Tanaka", "Sam Okafor", "Lena Fischer"]
    static let colleagues = [
        "Ravi Patel (Solutions)", "Chloe Martin (Support)", "Tom Becker (Engineering)", "Nina Rossi (Success)",
        "Omar Haddad (Services)",
    ]
    static let firstNames = [
        "Alex", "Maria", "Jonas", "Yuki", "Fatima", "Liam", "Sofia", "Wei", "Noah", "Amara", "Lucas", "Ingrid",
        "Mateo", "Hana", "Oliver", "Chiara", "Kwame", "Elif", "Jakob", "Isabel", "Ren", "Zoë", "Björn", "Léa",
    ]
    static let lastNames = [
        "Smith", "García", "Novak", "Sato", "Khan", "Murphy", "Rossi", "Chen", "Johansson", "Okoye", "Silva",
        "Berg", "Moreau", "Kim", "Nguyen", "Schmidt", "Dubois", "Mensah", "Yilmaz", "Costa", "Lindqvist", "Walsh",
    ]
    static let titles: [ContactRole: [String]] = [
        .sponsor: ["Chief Operating Officer", "VP Operations", "Chief Digital Officer", "CFO"],
        .decisionMaker: ["Head of Procurement", "Director of IT", "VP Engineering", "Head of Finance"],
        .champion: ["Operations Manager", "Product Owner", "Program Manager", "Team Lead"],
        .user: ["Analyst", "Coordinator", "Specialist", "Engineer", "Planner"],
        .other: ["Legal Counsel", "Executive Assistant", "Security Officer"],
    ]
    static let interactions: [InteractionKind: [(String, String)]] = [
        .call: [
            ("Weekly check-in on the rollout", "Send the adoption figures"), ("Escalation about slow support replies", "Review ticket SLAs with support"),
            ("Discussed budget for next year", "Share a pricing proposal"),
        ],
        .email: [
            ("Sent the QBR deck", "Confirm the QBR date"), ("Answered questions on data residency", ""),
            ("Shared release notes for v5", "Book a demo of the new API"),
        ],
        .meeting: [
            ("On-site workshop with the operations team", "Write up the workshop outcomes"),
            ("Roadmap review with the product owner", "Prioritise the top three requests"),
        ],
        .businessReview: [
            ("Quarterly business review: targets on track", "Agree next quarter's goals"),
            ("Business review: usage below plan", "Adoption plan for the two weakest teams"),
        ],
        .note: [("Sponsor is moving to a new role in Q1", "Find a new sponsor"), ("Competitor pitched them last month", "")],
    ]

    static let opportunityNames = [
        "Analytics add-on", "Second region", "Premium support", "Extra 200 seats", "Data residency option", "Training bundle",
        "API volume tier", "Sister company rollout",
    ]

    static let initiatives: [(String, String)] = [
        ("Self-service portal rollout", "80% of tickets opened through the portal"),
        ("Onboarding time reduction", "New sites live in 12 days instead of 20"),
        ("Migrate to API v5", "All integrations on v5 before v4 sunset"),
        ("Quarterly business reviews", "A QBR every quarter with the sponsor"),
        ("Expand to EMEA sites", "Three EMEA sites live"),
        ("Security review & SOC 2 evidence", "Security questionnaire signed off"),
        ("Renewal readiness plan", "Renewal terms agreed 60 days before the date"),
        ("Adoption drive", "80% weekly active users"),
        ("ERP integration", "Orders sync to the ERP within 5 minutes"),
        ("Support backlog cleanup", "Open tickets below 50"),
        ("Executive dashboard", "Weekly KPI pack generated automatically"),
        ("Data residency move", "All records hosted in-region"),
        ("Training programme", "120 users certified"),
        ("Usage-based pricing pilot", "Pilot signed with 2 business units"),
    ]
}
