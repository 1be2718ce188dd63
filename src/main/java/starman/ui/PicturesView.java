package starman.ui;

import org.teavm.flavour.templates.BindTemplate;
import starman.browser.SvgPicture;
import starman.metrics.charts.Pictures;

/**
 * The year calendar, the last 30 days, the top albums and the listening clock; the template holds the hosts the SVG is
 * drawn in. A day, an album or an hour of the week, clicked or chosen with Enter, opens its listens in the drill-down.
 */
@BindTemplate("templates/pictures.html")
public class PicturesView {
    private final AppView app;
    private final SvgPicture year;
    private final SvgPicture month;
    private final SvgPicture albums;
    private final SvgPicture clock;

    PicturesView(AppView app) {
        this.app = app;
        SvgPicture.Chosen open = app.openShape();
        year = new SvgPicture("picture-year", 7, open);
        month = new SvgPicture("picture-month", 1, open);
        albums = new SvgPicture("picture-albums", 1, open);
        clock = new SvgPicture("picture-clock", 7, open);
    }

    /** Patches the pictures in place; called after the templates were updated. */
    void draw() {
        Pictures p = app.session().pictures();
        year.draw(p.year());
        month.draw(p.month());
        albums.draw(p.albums());
        clock.draw(p.clock());
    }
}
