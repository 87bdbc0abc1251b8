package io.crmsync.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic demo people and companies for both sandboxes. The same seed and index
 * always give the same person, so the two sandboxes can hold overlapping people (as two real CRMs
 * of one company do) by generating the same indexes. A share of the people is dirty in the ways
 * real CRM data is; {@link Person#dirt()} says how.
 */
public final class DemoData {

    /** The ways a demo record is dirty; each one makes a real sync error on the other side. */
    public enum Dirt {
        NONE,
        /** "Calif." as the state: passes a free-text field, fails a state picklist. */
        ABBREVIATED_STATE,
        /** A title of more than 128 characters, longer than Salesforce's Title field. */
        TITLE_TOO_LONG,
        /** An email address without a domain. */
        BAD_EMAIL,
        /** No last name, which Salesforce requires on leads and contacts. */
        MISSING_LAST_NAME,
        /** The email of another demo person, as when a lead and a contact are the same human. */
        DUPLICATE_EMAIL,
        /** A lead source that the other side's picklist does not know. */
        UNKNOWN_PICKLIST_VALUE
    }

    public record Address(
            String street,
            String city,
            String state,
            String stateCode,
            String postalCode,
            String country,
            String countryCode) {}

    public record Company(
            int index,
            String name,
            String domain,
            String industry,
            String phone,
            int employees,
            Address address) {}

    public record Person(
            int index,
            String firstName,
            String lastName,
            String email,
            String title,
            String phone,
            String leadSource,
            Company company,
            Address address,
            Dirt dirt) {}

    private static final List<String> FIRST =
            List.of(
                    "Olivia",
                    "Liam",
                    "Emma",
                    "Noah",
                    "Ava",
                    "Elijah",
                    "Sophia",
                    "James",
                    "Isabella",
                    "Lucas",
                    "Mia",
                    "Mateo",
                    "Amelia",
                    "Benjamin",
                    "Harper",
                    "Aiden",
                    "Evelyn",
                    "Kenji",
                    "Priya",
                    "Fatima",
                    "Diego",
                    "Ingrid",
                    "Chen",
                    "Aisha",
                    "Tomás",
                    "Zoë",
                    "Sven",
                    "Léa",
                    "Omar",
                    "Hannah");
    private static final List<String> LAST =
            List.of(
                    "Smith",
                    "Johnson",
                    "Williams",
                    "Brown",
                    "Jones",
                    "Garcia",
                    "Miller",
                    "Davis",
                    "Rodriguez",
                    "Martinez",
                    "Hernandez",
                    "Lopez",
                    "Gonzalez",
                    "Wilson",
                    "Anderson",
                    "Thomas",
                    "Taylor",
                    "Moore",
                    "Jackson",
                    "Martin",
                    "Lee",
                    "Nakamura",
                    "Patel",
                    "Okafor",
                    "Schmidt",
                    "Dubois",
                    "Rossi",
                    "Nguyen",
                    "O'Brien",
                    "Kowalski");
    private static final List<String> TITLES =
            List.of(
                    "VP of Sales",
                    "Marketing Manager",
                    "Chief Revenue Officer",
                    "Sales Operations Analyst",
                    "Account Executive",
                    "CFO",
                    "Head of Customer Success",
                    "IT Director",
                    "Procurement Lead",
                    "Product Manager");
    private static final List<String> COMPANY_WORDS =
            List.of(
                    "Acme",
                    "Globex",
                    "Initech",
                    "Umbrella",
                    "Stark",
                    "Wayne",
                    "Hooli",
                    "Vandelay",
                    "Soylent",
                    "Tyrell",
                    "Cyberdyne",
                    "Wonka",
                    "Aperture",
                    "Pied Piper",
                    "Massive Dynamic",
                    "Gringotts",
                    "Oscorp",
                    "Nakatomi");
    private static final List<String> COMPANY_SUFFIXES =
            List.of(
                    "Inc.",
                    "LLC",
                    "Group",
                    "Labs",
                    "Systems",
                    "Partners",
                    "Industries",
                    "GmbH",
                    "Ltd");
    private static final List<String> INDUSTRIES =
            List.of(
                    "Technology",
                    "Finance",
                    "Healthcare",
                    "Manufacturing",
                    "Retail",
                    "Education",
                    "Energy",
                    "Media");
    private static final List<String> LEAD_SOURCES =
            List.of("Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other");
    private static final List<Address> PLACES =
            List.of(
                    new Address(
                            "",
                            "San Francisco",
                            "California",
                            "CA",
                            "94105",
                            "United States",
                            "US"),
                    new Address("", "Austin", "Texas", "TX", "73301", "United States", "US"),
                    new Address("", "New York", "New York", "NY", "10001", "United States", "US"),
                    new Address("", "Seattle", "Washington", "WA", "98101", "United States", "US"),
                    new Address(
                            "", "Boston", "Massachusetts", "MA", "02108", "United States", "US"),
                    new Address("", "Chicago", "Illinois", "IL", "60601", "United States", "US"),
                    new Address("", "Denver", "Colorado", "CO", "80202", "United States", "US"),
                    new Address("", "Toronto", "Ontario", "ON", "M5H 2N2", "Canada", "CA"),
                    new Address("", "Berlin", "", "", "10115", "Germany", "DE"),
                    new Address("", "London", "", "", "EC1A 1BB", "United Kingdom", "GB"),
                    new Address("", "Paris", "", "", "75001", "France", "FR"),
                    new Address("", "Sydney", "New South Wales", "NSW", "2000", "Australia", "AU"));
    private static final List<String> STREETS =
            List.of(
                    "Market St",
                    "Main St",
                    "Oak Ave",
                    "Congress Ave",
                    "Broadway",
                    "Pine St",
                    "Elm St",
                    "King St",
                    "Harbour Rd");

    private DemoData() {}

    public static Company company(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index * 7919L + 17);
        String word = pick(random, COMPANY_WORDS);
        String name =
                word
                        + " "
                        + pick(random, COMPANY_SUFFIXES)
                        + (index >= COMPANY_WORDS.size()
                                ? " " + (index / COMPANY_WORDS.size() + 1)
                                : "");
        String domain =
                word.toLowerCase(Locale.ROOT).replace(" ", "")
                        + (index / COMPANY_WORDS.size() + 1)
                        + ".example.com";
        return new Company(
                index,
                name,
                domain,
                pick(random, INDUSTRIES),
                phone(random),
                10 + random.nextInt(5000),
                address(random));
    }

    /**
     * The demo person {@code index}; people work for company {@code index / 4} of {@code
     * companies}. Roughly {@code dirtyShare} of them are dirty.
     */
    public static Person person(long seed, int index, int companies, double dirtyShare) {
        SplittableRandom random = new SplittableRandom(seed * 31L + index * 104_729L + 3);
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        Company company = company(seed, companies <= 0 ? 0 : (index / 4) % companies);
        String email =
                (ascii(first) + "." + ascii(last) + index + "@" + company.domain())
                        .toLowerCase(Locale.ROOT);
        Address address = company.address();
        String title = pick(random, TITLES);
        String leadSource = pick(random, LEAD_SOURCES);
        Dirt dirt =
                random.nextDouble() < dirtyShare
                        ? Dirt.values()[1 + random.nextInt(Dirt.values().length - 1)]
                        : Dirt.NONE;
        switch (dirt) {
            case ABBREVIATED_STATE ->
                    address =
                            new Address(
                                    address.street(),
                                    "Los Angeles",
                                    "Calif.",
                                    "",
                                    "90001",
                                    "United States",
                                    "US");
            case TITLE_TOO_LONG -> title = (title + ", ").repeat(20).strip();
            case BAD_EMAIL -> email = ascii(first).toLowerCase(Locale.ROOT) + index + "@";
            case MISSING_LAST_NAME -> last = "";
            case DUPLICATE_EMAIL ->
                    email = person(seed, Math.max(0, index - 1), companies, 0).email();
            case UNKNOWN_PICKLIST_VALUE -> leadSource = "Trade Show 2026";
            case NONE -> {}
        }
        return new Person(
                index,
                first,
                last,
                email,
                title,
                phone(random),
                leadSource,
                company,
                address,
                dirt);
    }

    private static Address address(SplittableRandom random) {
        Address place = pick(random, PLACES);
        String street = (1 + random.nextInt(9999)) + " " + pick(random, STREETS);
        return new Address(
                street,
                place.city(),
                place.state(),
                place.stateCode(),
                place.postalCode(),
                place.country(),
                place.countryCode());
    }

    private static String phone(SplittableRandom random) {
        return String.format(
                "+1 %03d %03d %04d",
                200 + random.nextInt(700), random.nextInt(1000), random.nextInt(10000));
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "");
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
