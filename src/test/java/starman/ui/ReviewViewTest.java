package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewViewTest {
    @Test
    void aDateInputsValueIsReadAsIso() {
        assertThat(ReviewView.epochDay("2025-03-31")).isEqualTo(LocalDate.of(2025, 3, 31).toEpochDay());
        assertThat(ReviewView.epochDay(" 2024-02-29 ")).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
        assertThat(ReviewView.epochDay("")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ReviewView.epochDay("2025-02-30")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ReviewView.epochDay("31/03/2025")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ReviewView.epochDay(null)).isEqualTo(Integer.MIN_VALUE);
        // loose forms a date input never gives: read as no date rather than guessed
        assertThat(ReviewView.epochDay("2025-3-1")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ReviewView.epochDay("2025-03-01x")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ReviewView.epochDay("+2025-03-01")).isEqualTo(Integer.MIN_VALUE);
    }
}
