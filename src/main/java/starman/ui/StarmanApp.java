package starman.ui;

public final class StarmanApp {
    public static void main(String[] args) {
    }
}
