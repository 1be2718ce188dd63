package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewViewTest {
    @Test
    void aDateInputsValueIsReadByHand() {
        assertThat(ReviewView.epochDay("2025-03-31")).isEqualTo(LocalDate.of(2025, 3, 31).toEpochDay());
        assertThat(ReviewView.epochDay(" 2024-02-29 ")).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
        assertThat(ReviewView.epochDay("")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ReviewView.epochDay("2025-02-30")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ReviewView.epochDay("31/03/2025")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ReviewView.epochDay(null)).isEqualTo(Integer.MIN_VALUE);
    }
}
