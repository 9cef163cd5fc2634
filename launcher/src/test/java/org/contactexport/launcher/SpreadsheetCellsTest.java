package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.contactexport.launcher.SpreadsheetCells.Cell;
import org.junit.jupiter.api.Test;

/** The Calc check itself: it must tell a neutralised value from one that Calc runs or mangles. */
class SpreadsheetCellsTest {

    @Test
    void readsWhatCalcShowsAndTellsARunFormulaFromAStringLiteral() {
        byte[] csv = ("\ufeffraw;protected;apostrophe\r\n"
                + "=1+1;\"=\"\"=1+1\"\"\";'=1+1\r\n"
                + "+33612345678;\"=\"\"+33612345678\"\"\";01000\r\n")
                .getBytes(StandardCharsets.UTF_8);

        List<List<Cell>> rows = SpreadsheetCells.of(csv, ';');

        List<Cell> formulas = rows.get(1);
        assertThat(formulas.get(0).shown()).isEqualTo("2");
        assertThat(formulas.get(0).shows("=1+1")).isFalse();
        assertThat(formulas.get(1).shows("=1+1")).isTrue();
        assertThat(formulas.get(2).shows("=1+1")).isTrue();
        List<Cell> numbers = rows.get(2);
        assertThat(numbers.get(0).shown()).isEqualTo("33612345678");
        assertThat(numbers.get(0).shows("+33612345678")).isFalse();
        assertThat(numbers.get(1).shows("+33612345678")).isTrue();
        assertThat(numbers.get(2).shows("01000")).isFalse();
    }

    @Test
    void refusesAFormulaThatIsMoreThanOneStringLiteral() {
        Cell concatenation = new Cell("ab", "\"a\"&\"b\"");
        Cell literal = new Cell("say \"hi\"", "\"say \"\"hi\"\"\"");

        assertThat(concatenation.shows("ab")).isFalse();
        assertThat(literal.shows("say \"hi\"")).isTrue();
    }
}
