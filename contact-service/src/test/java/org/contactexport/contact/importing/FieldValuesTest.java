package org.contactexport.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.contactexport.contact.field.FieldType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BOOLEAN|OUI|true", "BOOLEAN|non|false", "BOOLEAN|1|true", "BOOLEAN|0|false",
        "BOOLEAN|True|true",
        "PHONE|+33612345678|+33612345678", "PHONE|+33 6 12 34 56 78|+33612345678",
        "PHONE|0033-6.12.34.56.78|+33612345678", "PHONE|+353 (87) 1234567|+353871234567",
        "EMAIL_STATUS|Unsubscribed|unsubscribed", "BOUNCE_CATEGORY|unknown_user|unknown_user",
        "MOBILE_STATUS|invalid|invalid",
        "TIMESTAMP|2024-01-05T10:30:00Z|2024-01-05T10:30:00Z",
        "TIMESTAMP|2024-01-05T10:30:00.987Z|2024-01-05T10:30:00Z",
        "TIMESTAMP|2024-01-05T11:30:00+01:00|2024-01-05T10:30:00Z",
        "TIMESTAMP|2024-01-05 10:30:00|2024-01-05T10:30:00Z",
        "TIMESTAMP|2024-01-05|2024-01-05T00:00:00Z",
        "DATE|2024-02-29|2024-02-29", "DATE|05/01/2024|2024-01-05",
        "NUMBER|42|42", "NUMBER|-20|-20", "NUMBER|12,50|12.50", "NUMBER|+007|7",
        "ACTIVITY_LEVEL|0|0", "ACTIVITY_LEVEL|5|5",
        "EMAIL|jeanne.martin@example.org|jeanne.martin@example.org",
        "EMAIL|o'neil+news@sub.example.co.uk|o'neil+news@sub.example.co.uk",
        "EMAIL|hélène@exemple.fr|hélène@exemple.fr",
        "TEXT|=1+1|=1+1"})
    void acceptedValuesAreStoredInTheirCanonicalForm(FieldType type, String value,
            String stored) {
        assertThat(FieldValues.stored(type, value)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EMAIL|jeanne.martin@", "EMAIL|jeanne martin@example.org", "EMAIL|@example.org",
        "EMAIL|jeanne..martin@example.org", "EMAIL|jeanne@example", "EMAIL|a@b@example.org",
        "PHONE|0612345678", "PHONE|+0612345678", "PHONE|+33 6 12 AB 56 78",
        "PHONE|+1234567890123456",
        "BOOLEAN|peut-être", "BOOLEAN|2",
        "EMAIL_STATUS|npai", "MOBILE_STATUS|stop", "BOUNCE_CATEGORY|hard",
        "ACTIVITY_LEVEL|6", "ACTIVITY_LEVEL|-1", "ACTIVITY_LEVEL|2.5",
        "TIMESTAMP|05/01/2024", "TIMESTAMP|2024-13-01", "TIMESTAMP|0999-01-01",
        "DATE|2023-02-29", "DATE|2024/01/05",
        "NUMBER|douze", "NUMBER|1e5", "NUMBER|1 000"})
    void refusedValuesSayWhatIsWrong(FieldType type, String value) {
        assertThatThrownBy(() -> FieldValues.stored(type, value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("'" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b"})
    void textWithANulCharacterIsRefused(String value) {
        assertThatThrownBy(() -> FieldValues.stored(FieldType.TEXT, value))
                .isInstanceOf(InvalidValueException.class);
    }
}
