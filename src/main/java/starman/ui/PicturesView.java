package starman.ui;

import org.teavm.flavour.templates.BindTemplate;
import starman.browser.SvgPicture;
import starman.metrics.charts.Pictures;

/** The year calendar, the last 30 days and the top albums; the template holds the hosts the SVG is drawn in. */
@BindTemplate("templates/pictures.html")
public class PicturesView {
    private final AppView app;
    private final SvgPicture year = new SvgPicture("picture-year", 7);
    private final SvgPicture month = new SvgPicture("picture-month", 1);
    private final SvgPicture albums = new SvgPicture("picture-albums", 1);

    PicturesView(AppView app) {
        this.app = app;
    }

    /** Patches the three pictures in place; called after the templates were updated. */
    void draw() {
        Pictures p = app.sync().pictures();
        year.draw(p.year());
        month.draw(p.month());
        albums.draw(p.albums());
    }
}
