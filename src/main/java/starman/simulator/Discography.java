package starman.simulator;

/**
 * The simulated catalogue as text, one item a line: {@code A credit} starts an artist credit (several
 * artists joined by " &amp; "), {@code R year|album[|n]} an album (n: generate n made-up tracks),
 * {@code V release|track suffix} a variant release of the album, {@code T m:ss|title} a track.
 * Bowie's albums carry their real track lists with roughly real lengths.
 */
final class Discography {
    private Discography() {
    }

    static final String TEXT = """
            A David Bowie
            R 1971|Hunky Dory
            V Hunky Dory (2015 Remaster)| - 2015 Remaster
            V Hunky Dory (2015 Remastered Version)| (2015 Remastered Version)
            T 3:37|Changes
            T 3:12|Oh! You Pretty Things
            T 2:55|Eight Line Poem
            T 3:53|Life on Mars?
            T 2:53|Kooks
            T 5:08|Quicksand
            T 3:07|Fill Your Heart
            T 3:56|Andy Warhol
            T 4:12|Song for Bob Dylan
            T 3:18|Queen Bitch
            T 5:22|The Bewlay Brothers
            R 1972|The Rise and Fall of Ziggy Stardust and the Spiders from Mars
            V The Rise and Fall of Ziggy Stardust and the Spiders from Mars (40th Anniversary Edition)| - 2012 Remaster
            V The Rise and Fall of Ziggy Stardust and the Spiders from Mars (2012 Remastered Version)| (2012 Remastered Version)
            T 4:42|Five Years
            T 3:34|Soul Love
            T 4:40|Moonage Daydream
            T 4:10|Starman
            T 2:58|It Ain't Easy
            T 3:22|Lady Stardust
            T 2:47|Star
            T 2:40|Hang On to Yourself
            T 3:13|Ziggy Stardust
            T 3:25|Suffragette City
            T 2:58|Rock 'n' Roll Suicide
            R 1973|Aladdin Sane
            V Aladdin Sane (2013 Remaster)| - 2013 Remaster
            T 4:25|Watch That Man
            T 5:06|Aladdin Sane (1913-1938-197?)
            T 4:33|Drive-In Saturday
            T 4:25|Panic in Detroit
            T 3:01|Cracked Actor
            T 5:15|Time
            T 3:26|The Prettiest Star
            T 3:03|Let's Spend the Night Together
            T 4:07|The Jean Genie
            T 3:54|Lady Grinning Soul
            R 1974|Diamond Dogs
            V Diamond Dogs (30th Anniversary Edition)| - 2004 Remaster
            T 1:05|Future Legend
            T 5:56|Diamond Dogs
            T 3:39|Sweet Thing
            T 2:40|Candidate
            T 2:31|Sweet Thing (Reprise)
            T 4:30|Rebel Rebel
            T 4:00|Rock 'n' Roll with Me
            T 4:58|We Are the Dead
            T 3:27|1984
            T 3:21|Big Brother
            T 2:00|Chant of the Ever Circling Skeletal Family
            R 1975|Young Americans
            V Young Americans (Special Edition)| - 2007 Remaster
            T 5:10|Young Americans
            T 4:44|Win
            T 5:43|Fascination
            T 4:13|Right
            T 6:30|Somebody Up There Likes Me
            T 4:30|Across the Universe
            T 5:04|Can You Hear Me
            T 4:12|Fame
            R 1976|Station to Station
            V Station to Station (Deluxe Edition)| - 2010 Remaster
            V Station to Station (2016 Remaster)| (2016 Remaster)
            T 10:14|Station to Station
            T 4:00|Golden Years
            T 6:03|Word on a Wing
            T 5:33|TVC 15
            T 6:15|Stay
            T 6:02|Wild Is the Wind
            R 1977|Low
            V Low (2017 Remaster)| - 2017 Remaster
            T 2:46|Speed of Life
            T 1:52|Breaking Glass
            T 2:23|What in the World
            T 3:03|Sound and Vision
            T 3:29|Always Crashing in the Same Car
            T 2:55|Be My Wife
            T 2:51|A New Career in a New Town
            T 6:20|Warszawa
            T 3:43|Art Decade
            T 3:26|Weeping Wall
            T 5:39|Subterraneans
            R 1977|"Heroes"
            V "Heroes" (2017 Remaster)| - 2017 Remaster
            T 3:32|Beauty and the Beast
            T 3:05|Joe the Lion
            T 6:07|"Heroes"
            T 3:15|Sons of the Silent Age
            T 3:50|Blackout
            T 3:10|V-2 Schneider
            T 3:57|Sense of Doubt
            T 5:03|Moss Garden
            T 4:34|Neuköln
            T 3:46|The Secret Life of Arabia
            R 1979|Lodger
            V Lodger (2017 Remaster)| - 2017 Remaster
            T 2:55|Fantastic Voyage
            T 2:54|African Night Flight
            T 3:16|Move On
            T 4:10|Yassassin
            T 3:43|Red Sails
            T 3:59|DJ
            T 3:08|Look Back in Anger
            T 3:17|Boys Keep Swinging
            T 2:59|Repetition
            T 4:17|Red Money
            R 1980|Scary Monsters (and Super Creeps)
            V Scary Monsters (and Super Creeps) (2017 Remaster)| - 2017 Remaster
            T 4:15|It's No Game (No. 1)
            T 3:15|Up the Hill Backwards
            T 5:10|Scary Monsters (and Super Creeps)
            T 4:23|Ashes to Ashes
            T 4:46|Fashion
            T 6:51|Teenage Wildlife
            T 3:35|Scream Like a Baby
            T 3:42|Kingdom Come
            T 4:51|Because You're Young
            T 4:22|It's No Game (No. 2)
            R 1983|Let's Dance
            V Let's Dance (2018 Remaster)| - 2018 Remaster
            T 4:46|Modern Love
            T 5:32|China Girl
            T 7:38|Let's Dance
            T 3:08|Without You
            T 5:14|Ricochet
            T 4:25|Criminal World
            T 5:09|Cat People (Putting Out Fire)
            T 3:49|Shake It
            R 2016|Blackstar
            T 9:57|Blackstar
            T 4:52|'Tis a Pity She Was a Whore
            T 6:22|Lazarus
            T 4:40|Sue (Or in a Season of Crime)
            T 4:51|Girl Loves Me
            T 4:44|Dollar Days
            T 5:47|I Can't Give Everything Away
            A Queen & David Bowie
            R 1981|Under Pressure
            T 4:08|Under Pressure
            A Björk
            R 1997|Homogenic
            T 4:15|Hunter
            T 5:05|Jóga
            T 3:21|Unravel
            T 5:16|Bachelorette
            T 5:53|All Neon Like
            T 4:29|5 Years
            T 3:06|Immature
            T 4:19|Alarm Call
            T 3:19|Pluto
            T 4:32|All Is Full of Love
            A Sigur Rós
            R 1999|Ágætis byrjun
            T 1:36|Intro
            T 10:04|Svefn-g-englar
            T 6:47|Starálfur
            T 7:47|Flugufrelsarinn
            T 8:11|Ný batterí
            T 4:03|Hjartað hamast (bamm bamm bamm)
            T 10:18|Viðrar vel til loftárása
            T 8:03|Olsen Olsen
            T 7:56|Ágætis byrjun
            T 3:58|Avalon
            A Motörhead
            R 1980|Ace of Spades
            T 2:49|Ace of Spades
            T 3:23|Love Me Like a Reptile
            T 3:19|Shoot You in the Back
            T 3:37|Live to Win
            T 3:23|Fast and Loose
            T 3:12|(We Are) The Road Crew
            T 2:44|Fire Fire
            T 3:33|Jailbait
            T 2:38|Dance
            T 1:38|Bite the Bullet
            T 4:18|The Chase Is Better Than the Catch
            T 2:48|The Hammer
            A Iggy Pop
            R 1977|The Idiot|8
            R 1977|Lust for Life|9
            A Kraftwerk
            R 1977|Trans-Europe Express|7
            A Brian Eno
            R 1975|Another Green World|14
            A Talking Heads
            R 1980|Remain in Light|8
            A Lou Reed
            R 1972|Transformer|11
            A Radiohead
            R 1997|OK Computer|12
            A Joy Division
            R 1979|Unknown Pleasures|10
            """;
}
