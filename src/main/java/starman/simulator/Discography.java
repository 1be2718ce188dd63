package starman.simulator;

/**
 * The simulated catalogue as text, one item a line: {@code A credit} starts an artist credit (several
 * artists joined by " &amp; "), {@code R date[ type]|album[|n]} an album the generated listens play (n: generate
 * n made-up tracks), {@code G date type|name} a release group they never play (the rest of a discography),
 * {@code V release|track suffix} a variant release of the album, {@code T m:ss|title} a track, {@code S title}
 * the credit's recording of that title on an earlier release group (a single's or a compilation's track). A date is
 * MusicBrainz's first release date (YYYY or YYYY-MM-DD); a type its primary type, then {@code +} and its secondary
 * types joined by {@code ,} (an album by default). Bowie's release groups carry their real track lists, dates
 * and types with roughly real lengths.
 */
final class Discography {
    private Discography() {
    }

    static final String TEXT = """
            A David Bowie
            R 1971-12-17|Hunky Dory
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
            R 1972-06-16|The Rise and Fall of Ziggy Stardust and the Spiders from Mars
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
            R 1973-04-13|Aladdin Sane
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
            R 1974-05-24|Diamond Dogs
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
            R 1975-03-07|Young Americans
            V Young Americans (Special Edition)| - 2007 Remaster
            T 5:10|Young Americans
            T 4:44|Win
            T 5:43|Fascination
            T 4:13|Right
            T 6:30|Somebody Up There Likes Me
            T 4:30|Across the Universe
            T 5:04|Can You Hear Me
            T 4:12|Fame
            R 1976-01-23|Station to Station
            V Station to Station (Deluxe Edition)| - 2010 Remaster
            V Station to Station (2016 Remaster)| (2016 Remaster)
            T 10:14|Station to Station
            T 4:00|Golden Years
            T 6:03|Word on a Wing
            T 5:33|TVC 15
            T 6:15|Stay
            T 6:02|Wild Is the Wind
            R 1977-01-14|Low
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
            R 1977-10-14|"Heroes"
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
            R 1979-05-18|Lodger
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
            R 1980-09-12|Scary Monsters (and Super Creeps)
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
            R 1983-04-14|Let's Dance
            V Let's Dance (2018 Remaster)| - 2018 Remaster
            T 4:46|Modern Love
            T 5:32|China Girl
            T 7:38|Let's Dance
            T 3:08|Without You
            T 5:14|Ricochet
            T 4:25|Criminal World
            T 5:09|Cat People (Putting Out Fire)
            T 3:49|Shake It
            R 2016-01-08|Blackstar
            T 9:57|Blackstar
            T 4:52|'Tis a Pity She Was a Whore
            T 6:22|Lazarus
            T 4:40|Sue (Or in a Season of Crime)
            T 4:51|Girl Loves Me
            T 4:44|Dollar Days
            T 5:47|I Can't Give Everything Away
            # The release groups no generated listen plays: the rest of Bowie's discography.
            G 1967-06-01 Album|David Bowie
            T 2:07|Uncle Arthur
            T 2:58|Sell Me a Coat
            T 2:17|Rubber Band
            T 3:09|Love You till Tuesday
            T 3:11|There Is a Happy Land
            T 2:58|We Are Hungry Men
            T 3:22|When I Live My Dream
            T 3:24|Little Bombardier
            T 3:48|Silly Boy Blue
            T 2:07|Come and Buy My Toys
            T 2:17|Join the Gang
            T 2:23|She's Got Medals
            T 1:43|Maid of Bond Street
            T 2:35|Please Mr. Gravedigger
            G 1969-07-11 Single|Space Oddity
            T 5:15|Space Oddity
            T 4:50|Wild Eyed Boy from Freecloud
            G 1969-11-14 Album|Space Oddity
            S Space Oddity
            T 6:55|Unwashed and Somewhat Slightly Dazed
            T 0:39|Don't Sit Down
            T 2:28|Letter to Hermione
            T 9:33|Cygnet Committee
            T 3:18|Janine
            T 2:51|An Occasional Dream
            T 4:47|Wild Eyed Boy from Freecloud
            T 3:13|God Knows I'm Good
            T 7:05|Memory of a Free Festival
            G 1970-11-04 Album|The Man Who Sold the World
            T 8:05|The Width of a Circle
            T 5:38|All the Madmen
            T 3:32|Black Country Rock
            T 3:51|After All
            T 3:11|Running Gun Blues
            T 4:25|Saviour Machine
            T 4:13|She Shook Me Cold
            T 3:55|The Man Who Sold the World
            T 3:38|The Supermen
            G 1972-04-28 Single|Starman
            S Starman
            S Suffragette City
            G 1973-10-19 Album|Pin Ups
            T 2:27|Rosalyn
            T 3:09|Here Comes the Night
            T 2:40|I Wish You Would
            T 4:03|See Emily Play
            T 2:26|Everything's Alright
            T 2:07|I Can't Explain
            T 3:18|Friday on My Mind
            T 2:48|Sorrow
            T 2:01|Don't Bring Me Down
            T 2:47|Shapes of Things
            T 3:04|Anyway, Anyhow, Anywhere
            T 2:35|Where Have All the Good Times Gone!
            G 1974-10-29 Album+Live|David Live
            T 3:20|1984
            T 2:40|Rebel Rebel
            T 5:10|Moonage Daydream
            T 8:48|Sweet Thing
            T 5:12|Changes
            T 3:12|Suffragette City
            T 4:07|Aladdin Sane
            T 3:57|All the Young Dudes
            T 5:13|Cracked Actor
            T 3:20|Rock 'n' Roll with Me
            G 1976-05-20 Album+Compilation|ChangesOneBowie
            S Space Oddity
            T 2:43|John, I'm Only Dancing
            S Changes
            S Ziggy Stardust
            S Suffragette City
            S The Jean Genie
            S Diamond Dogs
            S Rebel Rebel
            S Young Americans
            S Fame
            S Golden Years
            G 1977-09-23 Single|"Heroes"
            S "Heroes"
            S V-2 Schneider
            G 1978-05-01 Album+Spokenword|Peter and the Wolf
            T 27:10|Peter and the Wolf
            R 1978-09-08 Album+Live|Stage
            T 6:50|Warszawa
            T 6:19|"Heroes"
            T 4:24|What in the World
            T 4:01|Blackout
            T 3:13|Sense of Doubt
            T 2:44|Speed of Life
            T 3:28|Breaking Glass
            T 5:08|Beauty and the Beast
            T 4:06|Fame
            T 3:58|Five Years
            T 8:55|Station to Station
            T 7:26|Stay
            G 1980-08-01 Single|Ashes to Ashes
            S Ashes to Ashes
            S Move On
            G 1982-02-13 EP|Baal
            T 4:00|Baal's Hymn
            T 2:05|Remembering Marie A.
            T 1:59|Ballad of the Adventurers
            T 2:24|The Drowned Girl
            T 0:37|Dirty Song
            G 1983-03-14 Single|Let's Dance
            S Let's Dance
            S Cat People (Putting Out Fire)
            G 1984-09-24 Album|Tonight
            T 7:11|Loving the Alien
            T 4:11|Don't Look Down
            T 3:08|God Only Knows
            T 3:46|Tonight
            T 3:12|Neighborhood Threat
            T 3:11|Blue Jean
            T 4:58|Tumble and Twirl
            T 2:34|I Keep Forgettin'
            T 3:34|Dancing with the Big Boys
            G 1987-04-27 Album|Never Let Me Down
            T 5:38|Day-In Day-Out
            T 4:18|Time Will Crawl
            T 4:32|Beat of Your Drum
            T 4:03|Never Let Me Down
            T 5:46|Zeroes
            T 4:56|Glass Spider
            T 4:05|Shining Star (Makin' My Love)
            T 3:55|New York's in Love
            T 3:53|'87 and Cry
            T 3:58|Too Dizzy
            T 4:28|Bang Bang
            G 1993-04-05 Album|Black Tie White Noise
            T 5:04|The Wedding
            T 4:45|You've Been Around
            T 4:52|I Feel Free
            T 4:52|Black Tie White Noise
            T 4:22|Jump They Say
            T 4:30|Nite Flights
            T 4:40|Pallas Athena
            T 4:14|Miracle Goodnight
            T 4:55|Don't Let Me Down & Down
            T 5:36|Looking for Lester
            T 4:14|I Know It's Gonna Happen Someday
            T 4:29|The Wedding Song
            G 1995-09-25 Album|1. Outside
            T 1:25|Leon Takes Us Outside
            T 4:04|Outside
            T 4:57|The Hearts Filthy Lesson
            T 6:34|A Small Plot of Land
            T 5:14|Hallo Spaceboy
            T 6:49|The Motel
            T 3:47|I Have Not Been to Oxford Town
            T 4:33|No Control
            T 4:21|The Voyeur of Utter Destruction (As Beauty)
            T 4:31|I'm Deranged
            T 4:22|Thru' These Architects Eyes
            T 5:07|Strangers When We Meet
            G 1997-02-03 Album|Earthling
            T 6:02|Little Wonder
            T 5:21|Looking for Satellites
            T 4:48|Battle for Britain (The Letter)
            T 6:22|Seven Years in Tibet
            T 6:50|Dead Man Walking
            T 4:49|Telling Lies
            T 4:57|The Last Thing You Should Do
            T 5:00|I'm Afraid of Americans
            T 4:48|Law (Earthlings on Fire)
            G 1999-10-04 Album|'hours...'
            T 5:24|Thursday's Child
            T 5:46|Something in the Air
            T 4:11|Survive
            T 7:04|If I'm Dreaming My Life
            T 4:04|Seven
            T 4:10|What's Really Happening?
            T 4:40|The Pretty Things Are Going to Hell
            T 4:35|New Angels of Promise
            T 1:54|Brilliant Adventure
            T 5:14|The Dreamers
            G 2002-06-10 Album|Heathen
            T 4:45|Sunday
            T 2:54|Cactus
            T 6:05|Slip Away
            T 4:41|Slow Burn
            T 3:28|Afraid
            T 3:00|I've Been Waiting for You
            T 5:14|I Would Be Your Slave
            T 4:04|I Took a Trip on a Gemini Spaceship
            T 5:00|5:15 The Angels Have Gone
            T 3:59|Everyone Says 'Hi'
            T 4:11|A Better Future
            T 4:16|Heathen (The Rays)
            G 2003-09-15 Album|Reality
            T 4:40|New Killer Star
            T 4:06|Pablo Picasso
            T 4:25|Never Get Old
            T 4:11|The Loneliest Guy
            T 3:28|Looking for Water
            T 4:35|She'll Drive the Big Car
            T 3:19|Days
            T 4:04|Fall Dog Bombs the Moon
            T 4:24|Try Some, Buy Some
            T 4:23|Reality
            T 7:47|Bring Me the Disco King
            G 2013-03-08 Album|The Next Day
            T 3:51|The Next Day
            T 2:58|Dirty Boys
            T 3:56|The Stars (Are Out Tonight)
            T 3:57|Love Is Lost
            T 4:08|Where Are We Now?
            T 3:01|Valentine's Day
            T 3:16|If You Can See Me
            T 3:53|I'd Rather Be High
            T 4:09|Boss of Me
            T 3:24|Dancing Out in Space
            T 4:33|How Does the Grass Grow?
            T 2:50|(You Will) Set the World on Fire
            T 4:41|You Feel So Lonely You Could Die
            T 4:25|Heat
            G 2014-11-17 Album+Compilation|Nothing Has Changed
            T 4:08|Sue (Or in a Season of Crime)
            S Where Are We Now?
            S Love Is Lost
            S Let's Dance
            S Ashes to Ashes
            S Fashion
            S "Heroes"
            S Life on Mars?
            S Starman
            S Space Oddity
            G 2015-12-17 Single|Lazarus
            S Lazarus
            G 2017-01-08 EP|No Plan
            S Lazarus
            T 3:39|No Plan
            T 3:48|Killing a Little Time
            T 3:56|When Things Go Bad
            A Queen & David Bowie
            R 1981-10-26 Single|Under Pressure
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
