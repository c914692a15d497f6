// A compact, curated gazetteer for the rule-based PERSON detector (names.ts): common given names across
// the six supported languages (en, de, fr, es, it, nl) and beyond (Portuguese, Nordic, Slavic, Greek,
// Turkish, Arabic, Persian, Indian, Chinese, Japanese, Korean, Vietnamese, African), built from general
// knowledge of frequent names — not from any test sample. Entries are written in their usual title case;
// lookups are exact (hyphenated names like "Jean-Pierre" are also looked up by their first part).
//
// Also here: words that are given names but also ordinary words, months, places or brands (they need a
// strong personal context such as "Dear …" or "Mr …" to count), a small list of widely known public
// figures (encyclopaedic mentions are not PII), and capitalised words that are never part of a name.

function words(...chunks: string[]): Set<string> {
  const s = new Set<string>();
  for (const c of chunks) for (const w of c.split(/\s+/)) if (w) s.add(w);
  return s;
}

/** Common given names (title case). */
export const GIVEN_NAMES: ReadonlySet<string> = words(
  // English (UK, US, Ireland, Australia), incl. diminutives
  `Lizzie Lizzy Liz Libby Betsy Bessie Annie Nellie Nell Meg Peggy Molly Polly Sally Kitty Cathy Patty
  Tilly Tess Tessa Gabby Debbie Becca Ellie Evie Rosie Josie Maddie Hattie Lottie Bonnie Connie Minnie
  Winnie Ronnie Danny Johnny Tommy Jimmy Timmy Freddy Benny Lenny Kenny Stevie Mikey Joey Sammy Alfie
  Archie Ashlee Ashleigh Kayleigh Kaylee Aubrey Avery Brayden Braxton Jayden Aiden Caden Kayden Zane
  Tanner Trent Trey Colby Coby Corey Cory Darius Desmond Dwayne Earl Elmer Ernie Everett Grady Griffin
  Hank Homer Irving Jarvis Jefferson Jerome Judd Lamar Lionel Lonnie Luther Lyle Marlon Maxwell Merle
  Milton Monty Nelson Otis Quentin Quincy Rex Rodney Roland Roscoe Rudy Rufus Russ Sherman Solomon Sonny
  Spencer Sterling Terrell Thaddeus Vernon Wallace Warren Wesley Wilbur Willis Winston Woody Zachary
  Abbey Adele Alana Alexa Alexandra Alison Allison Alyssa Annabel Annabelle Arabella Ariana Audrey Autumn
  Brianna Bridget Caitlin Camille Carly Carmen Cassandra Cassie Celia Chelsea Cindy Clare Claudia Daphne
  Darlene Deirdre Delia Dolly Edna Eloise Elsa Emilia Erica Erika Estelle Eunice Fay Faye Flora Francesca
  Gabrielle Georgina Greta Gwendolyn Harper Heidi Henrietta Ingrid Isabel Isabelle Jacinta Janelle Jeanne
  Jenna Jillian Joanna Josie Juliet Juliette Karina Katrina Kendra Kylie Laurel Leona Lila Lillian Lois
  Loretta Lorna Louisa Lucille Lydia Mabel Mandy Marcella Marguerite Marian Marianne Marisa Maxine Mavis
  Mercy Mildred Miranda Myra Nadine Nell Noelle Octavia Opal Pamela Penny Philippa Priscilla Rachael
  Ramona Rebekah Rhoda Roberta Rosalind Rosalie Roxanne Sabrina Selena Selina Sheila Sienna Sybil Tabitha
  Tamara Thelma Trudy Una Ursula Vera Verity Vivian Vivienne Wilma Winifred Yolanda Zara
  James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
  Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
  Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick
  Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter
  Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy
  Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell
  Bradley Philip Eugene Louis Harry Oliver Oscar Charlie Alfie Freddie Archie Leo Theo Teddy Toby Jake Luke
  Callum Connor Liam Owen Rhys Gareth Dafydd Ieuan Aled Hamish Angus Fergus Alistair Alasdair Ewan Euan Iain
  Ian Craig Stuart Neil Niall Declan Ciaran Cian Eoin Padraig Seamus Sean Shane Darragh Oisin Ronan Rory
  Colin Graham Malcolm Nigel Trevor Clive Derek Barry Gordon Leslie Stanley Ernest Herbert Sidney Cyril
  Reginald Percy Wilfred Alfred Bernard Edmund Hugh Rupert Giles Jeremy Simon Tristan Julian Marcus Damian
  Adrian Dominic Sebastian Jasper Felix Hugo Rufus Barnaby Ollie Harvey Reece Kieran Jamie Ashley Bailey
  Kai Riley Finley Lewis Ellis Elliot Elliott Harrison Jenson Grayson Hudson Jaxon Carson Colton Easton
  Landon Brody Cody Troy Travis Brett Chad Todd Dustin Derrick Marvin Curtis Clarence Howard Lloyd Floyd
  Leroy Tyrone Darnell Jamal Malik DeShawn Andre Terrence Cornelius Demetrius Marquis Reginald Xavier
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
  Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
  Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine
  Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly
  Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara
  Madison Frances Kathryn Janice Jean Abigail Alice Julia Judy Sophia Sophie Denise Amber Doris Marilyn
  Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Amelia Ava
  Mia Isla Poppy Freya Evie Ella Millie Phoebe Imogen Harriet Matilda Florence Esme Eliza Erin Niamh Aoife
  Siobhan Saoirse Caoimhe Ciara Roisin Sinead Orla Aisling Grainne Eilidh Morag Kirsty Fiona Shona Mhairi
  Rhiannon Cerys Bethan Carys Seren Ffion Gwen Gwyneth Megan Chloe Zoe Lucy Lily Holly Jessica Georgia
  Abbie Abby Katie Kate Kathy Becky Jenny Jenna Jodie Kerry Leanne Gemma Hayley Stacey Tracey Tracy Wendy
  Paula Pauline Gillian Lynn Lynne Maureen Eileen Brenda Sheila Valerie Yvonne Joanne Jo Jane Janet Jill
  Beth Bethany Tiffany Crystal Heidi Kristen Kristin Courtney Lindsay Lindsey Whitney Brooke Paige Taylor
  Morgan Sydney Mackenzie Kaylee Brianna Destiny Jasmine Aaliyah Imani Shanice Latoya Tamika Keisha Ebony
  Shanna Shania Jocelyn Nadia Naomi Ruth Esther Miriam Deborah Leah Hazel Iris Ivy Violet Scarlett Aurora
  Penelope Eleanor Elsie Edith Ethel Mabel Agnes Beatrice Clara Ada Cora Nora Stella Luna Layla Maya
  Melanie Monica Veronica Vanessa Valentina Natasha Tanya Sonia Sonya Rita Gina Tina Nina Dana Rosemary
  Josephine Geraldine Bernadette Colleen Kathleen Maggie Margot Marjorie Mildred Muriel Norma Irene Jeanette
  Annette Lorraine Elaine Suzanne Carla Marcia Gail Joy Hope Faith Grace Dawn Rose Daisy`,
  // German, Austrian, Swiss
  `Erna Erwin Edda Else Elli Emmi Hedwig Herta Hertha Irma Lieselotte Marga Rosemarie Trude Ursel Vroni
  Alfons Bernhard Egon Eugen Ewald Gregor Helge Heiko Jost Lorenz Marius Nikolaus Oskar Reiner Severin
  Veit Wendelin Mathis Jonte Bela Mika Luca Noah Levi Elian Emilio Carlo Fiete Hinnerk Jannis Joris
  Hans Peter Klaus Jürgen Wolfgang Dieter Uwe Günter Günther Horst Helmut Manfred Gerhard Werner Bernd
  Rainer Heinz Karl Frank Thomas Michael Andreas Stefan Stephan Markus Matthias Christian Martin Jörg Jens
  Torsten Thorsten Sven Dirk Ralf Ralph Olaf Holger Volker Detlef Norbert Reinhard Rolf Ulrich Joachim
  Friedrich Wilhelm Heinrich Hermann Otto Ernst Walter Kurt Erich Fritz Herbert Siegfried Lothar Ludwig
  Johann Johannes Jakob Jonas Lukas Lucas Leon Finn Paul Elias Ben Luis Felix Maximilian Max Moritz Emil
  Anton Theo Henri Henrik Niklas Nicklas Tim Tom Jan Erik Philipp Florian Tobias Sebastian Alexander
  Benjamin Daniel Fabian Julian Dominik Pascal Patrick Marcel Dennis Kevin Marco Sascha Nico Lennard Lennart
  Till Timo Malte Mats Ole Hannes Jannik Janik Kilian Konstantin Leopold Vincent Valentin Korbinian Quirin
  Xaver Sepp Alois Franz Josef Georg Gustav Konrad Rudolf Albrecht Gottfried Gerd Gert Armin Bodo Eckhard
  Ekkehard Gunter Hartmut Hubert Ingo Jochen Kai Lutz Rüdiger Sigmund Ulf Waldemar Wilfried Winfried
  Ursula Monika Petra Sabine Renate Helga Karin Brigitte Ingrid Erika Gisela Susanne Andrea Birgit Heike
  Claudia Gabriele Martina Stefanie Nicole Anja Katrin Kathrin Silke Jutta Elke Bärbel Christa Hannelore
  Ilse Inge Irmgard Gertrud Hildegard Elfriede Waltraud Margarete Gerda Edeltraud Annegret Marianne
  Doris Dagmar Angelika Cornelia Barbara Beate Bettina Daniela Sandra Tanja Nadine Melanie Julia Jana
  Janina Jasmin Jessica Jennifer Katharina Kristina Christina Lena Leonie Lea Laura Lara Lisa Luisa Louisa
  Marie Maria Mia Emilia Emma Hanna Hannah Johanna Sophia Sofia Sophie Clara Klara Charlotte Amelie Ida
  Greta Frieda Frida Mathilda Mathilde Marlene Paula Pia Nele Lina Lotte Finja Merle Wiebke Imke Frauke
  Anke Meike Maike Silvia Sylvia Ulrike Veronika Gudrun Sieglinde Liselotte Annika Carina Franziska
  Theresa Therese Vanessa Svenja Tabea Ronja Ella Elisa Elena Antonia Magdalena Valerie Alina Carla`,
  // French, Belgian, Swiss, Quebec
  `Achille Adolphe Alphonse Ambroise Anatole Anselme Aristide Barthélemy Basile Blaise Camille Célestin
  Césaire Côme Cyprien Désiré Edgar Edmond Eugène Évariste Fabien Firmin Florent Gaston Gatien Gilbert
  Hippolyte Hubert Ignace Isidore Jean-Baptiste Jean-Claude Jean-François Jean-Luc Jean-Marc Jean-Marie
  Jean-Michel Jean-Paul Jean-Pierre Jean-Philippe Jocelyn Josselin Lazare Léandre Léonce Léopold Lothaire
  Marius Maximilien Narcisse Octave Onésime Parfait Philibert Prosper Raoul Régis Roland Sosthène Télesphore
  Thibault Thibaut Timothée Urbain Valère Venceslas Victorin Yvon Zacharie Adélaïde Albertine Alix Aline
  Amélie Angèle Antoinette Apolline Armelle Arlette Berthe Blandine Brigitte Clarisse Clotilde Cunégonde
  Dorothée Edwige Eléonore Éliane Élise Eugénie Fernande Francine Gabrielle Germaine Gisèle Hortense
  Irène Jeannine Josiane Léonie Liliane Lucienne Ludivine Marcelle Marguerite Marie-Claire Marie-Claude
  Marie-France Marie-Hélène Marie-Laure Marie-Pierre Marthe Mathilde Micheline Mylène Nadège Nadine Nicole
  Noémie Odile Pascale Philippine Rolande Roseline Sidonie Sylviane Thérèse Valentine Yolande Zélie
  Jean Pierre Michel André Philippe Alain Bernard Jacques Daniel Patrick Christophe Nicolas Éric Eric
  Frédéric Laurent Stéphane Olivier Thierry Sébastien Pascal François Julien David Christian Didier
  Dominique Gilles Guy Yves Hervé Jérôme Bruno Serge Marc Vincent Franck Denis Claude Gérard Henri Louis
  Lucien Marcel Maurice Raymond René Roger Robert Georges Paul Jacky Joël Lionel Fabrice Cédric Arnaud
  Benoît Benoit Antoine Mathieu Matthieu Guillaume Maxime Romain Thomas Alexandre Hugo Lucas Théo Louis
  Gabriel Raphaël Arthur Jules Adam Léo Nathan Ethan Mathis Timéo Enzo Noé Sacha Baptiste Clément Quentin
  Florian Kévin Anthony Jordan Valentin Aurélien Damien Jérémy Loïc Yannick Gaël Gaëtan Erwan Yann Ronan
  Tanguy Corentin Bastien Adrien Victor Émile Émilien Aymeric Amaury Gauthier Tristan Étienne Xavier
  Rémi Rémy Sylvain Fabien Ludovic Grégory Grégoire Honoré Félix Gustave Édouard Augustin Armand Fernand
  Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Monique Valérie Sandrine Véronique Sophie
  Nicole Martine Céline Stéphanie Brigitte Chantal Patricia Jacqueline Laurence Anne Annie Corinne
  Christelle Caroline Émilie Emilie Julie Aurélie Élodie Elodie Camille Léa Manon Chloé Clara Inès Jade
  Louise Alice Lina Rose Anna Ambre Juliette Lucie Léna Zoé Romane Margaux Margot Mathilde Pauline
  Charlotte Océane Laetitia Mélanie Audrey Virginie Delphine Agnès Hélène Geneviève Madeleine Thérèse
  Simone Yvette Ginette Josette Colette Odette Paulette Huguette Danielle Mireille Murielle Ghislaine
  Solène Maëlle Maëlys Anaïs Coralie Marine Morgane Gaëlle Nolwenn Clémence Constance Bérénice Capucine
  Apolline Éloïse Héloïse Noémie Ophélie Amandine Justine Estelle Adèle Agathe Victoire Joséphine`,
  // Spanish, Latin American
  `Abel Abelardo Adolfo Alfonso Amador Anselmo Aurelio Baltasar Benito Bernabé Bernardo Blas Casimiro
  Cayetano Celestino Cipriano Clemente Cristóbal Damián Dionisio Eladio Eleuterio Elías Eloy Epifanio
  Eusebio Evaristo Ezequiel Fabián Facundo Faustino Fermín Florencio Fidel Gaspar Genaro Gregorio Heriberto
  Hilario Inocencio Isidro Jacinto Jeremías Josué Justo Leandro León Leopoldo Lisandro Macario Marcelino
  Mariano Matías Maximino Nazario Nemesio Nicanor Norberto Onofre Pascual Pío Plácido Prudencio Quintín
  Rigoberto Rogelio Romualdo Rosendo Sancho Silvestre Tadeo Tiburcio Toribio Urbano Wenceslao Zacarías
  Adela Adelaida Agustina Amalia Amelia Anabel Aurora Azucena Begoña Bernarda Brígida Casilda Celia Cecilia
  Clotilde Coral Covadonga Dorotea Elvira Emilia Encarna Engracia Estefanía Eulalia Fabiola Felisa Filomena
  Fuensanta Genoveva Gertrudis Herminia Hortensia Iratxe Itziar Josefina Julieta Leonor Ligia Lucila Luisa
  Maribel Marisol Maricarmen Matilde Miriam Montse Nieves Obdulia Olga Otilia Petra Purificación Ramona
  Reyes Sagrario Salomé Severina Tomasa Vanesa Virtudes Yaiza Zoraida
  José Antonio Manuel Francisco Juan David Javier Jesús Daniel Carlos Miguel Alejandro Rafael Pedro Pablo
  Ángel Angel Sergio Fernando Jorge Luis Alberto Álvaro Alvaro Adrián Diego Raúl Raul Enrique Ramón Ramon
  Vicente Ignacio Andrés Andres Joaquín Joaquin Santiago Eduardo Víctor Mario Roberto Jaime Rubén Ruben
  Óscar Iván Ivan Marcos Hugo Gonzalo Guillermo Emilio Julián Tomás Nicolás Gabriel Salvador Agustín
  Cristian Rodrigo Mateo Martín Lucas Leo Hugo Álex Alex Izan Unai Aitor Iker Asier Mikel Jon Xabier Iñaki
  Gorka Jordi Pau Marc Oriol Arnau Pol Xavier Sebastián Felipe Esteban Gustavo Ricardo Arturo Armando
  Ernesto Hernán Horacio Héctor Hector Humberto Ismael Lorenzo Marcelo Maximiliano Octavio Patricio
  Reinaldo Rolando Saúl Teodoro Ulises Valentín Federico Gerardo Leonardo Mauricio Emiliano Joel Rocío
  María Carmen Josefa Isabel Ana Laura Cristina Marta Lucía Lucia Francisca Antonia Dolores Sara Paula
  Elena Mercedes Raquel Manuela Beatriz Rosario Teresa Encarnación Julia Pilar Concepción Silvia Nuria
  Irene Alba Patricia Montserrat Rosa Andrea Mónica Monica Sonia Sandra Marina Alicia Susana Yolanda
  Margarita Inmaculada Esther Noelia Verónica Eva Ángela Angela Claudia Carolina Natalia Amparo Inés Ines
  Nerea Ainhoa Itziar Leire Maite Miren Aitana Carla Daniela Valeria Valentina Martina Jimena Ximena
  Sofía Lola Vega Olivia Candela Macarena Lorena Rebeca Gloria Guadalupe Lourdes Leticia Adriana
  Alejandra Fernanda Gabriela Mariana Paola Daniela Florencia Agustina Camila Catalina Constanza Micaela
  Milagros Luz Paz Esperanza Consuelo Soledad Remedios Trinidad Estela Eugenia Graciela Norma Lidia`,
  // Italian
  `Adelmo Adriano Agostino Alberico Aldo Alfio Alfonso Ambrogio Amerigo Amilcare Anselmo Arturo Attilio
  Augusto Aurelio Baldassarre Bartolomeo Battista Benedetto Benito Bernardo Biagio Calogero Camillo Carmelo
  Cataldo Cosimo Costantino Damiano Dante Donato Egidio Elio Emilio Ercole Eugenio Ezio Fabrizio Fedele
  Felice Ferdinando Fernando Filiberto Fiorenzo Francesco Fulvio Gaetano Gaspare Gerardo Gervasio Giacinto
  Gianmarco Gianpaolo Gilberto Gioacchino Giordano Girolamo Giulio Goffredo Graziano Gregorio Guglielmo
  Ignazio Ilario Ippolito Isidoro Lamberto Leonida Lino Ludovico Luciano Marcellino Mariano Martino Massimiliano
  Maurilio Michelangelo Nazzareno Nevio Norberto Oreste Osvaldo Ottaviano Pancrazio Patrizio Pellegrino
  Pierluigi Pietro Pio Quirino Raimondo Remo Rodolfo Rolando Romeo Romolo Ruggero Sabino Santino Saverio
  Sebastiano Settimio Severino Silvano Stanislao Tancredi Teodoro Tullio Ubaldo Valentino Vasco Venanzio
  Virgilio Vito Zeno Adalgisa Adelaide Agata Albina Alda Amalia Anita Annunziata Apollonia Beatrice Bruna
  Carlotta Celestina Clelia Concetta Cristiana Débora Delfina Dorotea Elda Elvira Emanuela Enrica Erminia
  Ester Eufemia Fiorella Flavia Fulvia Gemma Gilda Gina Giuliana Grazia Ida Ines Iolanda Irma Letizia Lidia
  Liliana Loredana Luana Lucrezia Marcella Mariangela Marianna Mariella Marilena Marina Nella Nicoletta
  Orietta Palmira Pamela Piera Pierina Raffaella Rebecca Rosalba Rosanna Rosetta Rossana Sabrina Santina
  Sonia Teodora Tosca Vanna Vincenza Virginia Vittoria Ylenia Zaira
  Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico
  Bruno Paolo Michele Giorgio Aldo Sergio Luciano Roberto Alessandro Andrea Marco Matteo Lorenzo Leonardo
  Luca Davide Simone Federico Riccardo Tommaso Edoardo Gabriele Stefano Massimo Maurizio Fabio Claudio
  Giorgio Enrico Emanuele Daniele Filippo Nicola Alberto Cristian Manuel Mattia Diego Samuele Pierpaolo
  Gianluca Gianni Gianfranco Giancarlo Giacomo Guido Ettore Enzo Raffaele Rocco Gennaro Ciro Pasquale
  Carmine Corrado Cesare Dario Elia Fausto Flavio Gino Italo Livio Loris Marcello Mauro Nino Orazio Ottavio
  Piero Renato Rinaldo Romano Rosario Silvio Tiziano Ugo Umberto Valerio Vittorio Beppe Achille Amedeo
  Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Anna Antonietta
  Carla Elena Concetta Rita Margherita Franca Paola Laura Giulia Sofia Aurora Alice Ginevra Emma Giorgia
  Greta Beatrice Martina Chiara Sara Alessia Elisa Federica Valentina Silvia Simona Roberta Monica
  Barbara Cristina Daniela Elisabetta Stefania Raffaella Manuela Patrizia Loredana Antonella Donatella
  Gabriella Graziella Marisa Luisa Lucia Nadia Ornella Pina Tiziana Veronica Arianna Camilla Ilaria
  Noemi Rebecca Matilde Vittoria Bianca Benedetta Cecilia Costanza Eleonora Ludovica Ottavia Serena
  Viola Mirella Rossella Carolina Giada Michela Lorenza Fabiola Agnese Annalisa Assunta Immacolata Nunzia`,
  // Dutch, Flemish
  `Aart Abe Adriaan Albert Alex Ard Arie Arnoud Auke Barend Benno Berend Boudewijn Brecht Casper Cees
  Chiel Christiaan Cornelis Daniël Dick Dolf Douwe Eelco Egbert Evert Ferdinand Folkert Frans Freek Gijsbert
  Gerben Gert-Jan Govert Gijs Harm Harmen Hendrikus Herman Hessel Huib Huub Ivo Jaap Jacco Jan-Willem
  Jeroen Jochem Joep Joop Jos Jurgen Kees Krijn Lambert Lodewijk Luc Marinus Marten Matthijs Meindert Menno
  Nout Onno Otto Pieterjan Reinier Reinout Remco Rien Roelof Ruurd Sietze Sjaak Sjef Stefan Steven Sybren
  Taco Teun Theo Tijmen Tjalling Tjerk Twan Valentijn Wiebe Wijnand Willem-Jan Wout Wybren Ymke Aaltje Agnes
  Alida Annelies Annemarie Anouk Antje Bep Betje Bregje Carolien Dieuwke Dirkje Doortje Ellen Elles Emmy
  Fenneke Froukje Geke Gerda Gerdien Greetje Heleen Hennie Hilde Hinke Ilse Ineke Jacoba Jantine Jet Jikke
  Jolien Joanne Josje Judith Karlijn Kiki Klaasje Lies Lijsbeth Lot Lotte Margriet Marijke Marit Marjan
  Martine Meike Mien Myrthe Nelleke Nynke Pien Rianne Rixt Roosmarijn Sientje Sjoukje Sterre Tamara Tineke
  Trijntje Veerle Wietske Willemien Wilma Yfke
  Jan Johannes Hendrik Cornelis Willem Gerrit Pieter Jacobus Dirk Klaas Kees Henk Gerard Hans Piet Joost
  Bas Bram Daan Sem Lars Luuk Thijs Ruben Stijn Jesse Milan Tim Tom Niels Bart Sander Jeroen Joris Wouter
  Maarten Martijn Mark Marco Michiel Rutger Roel Rob Robbert Ruud Sjoerd Teun Thomas Vincent Wim Wouter
  Arjen Arjan Bert Coen Dennis Erik Frank Frits Geert Gijs Hidde Hugo Jasper Jelle Jelmer Jochem Job Jurre
  Koen Laurens Lucas Mees Niek Noud Olivier Pepijn Pim Rens Rick Rik Sven Siem Sil Stan Thijmen Tijn Ties
  Tobias Floris Fedde Finn Gerben Hein Ids Jorrit Lieven Maarten Mathijs Siebe Sietse Tjeerd Wessel Yoran
  Maria Anna Johanna Cornelia Elisabeth Wilhelmina Hendrika Geertruida Margaretha Catharina Adriana
  Sanne Lotte Femke Fleur Eva Emma Julia Sophie Tess Zoë Lieke Anouk Lisa Iris Noa Nina Saar Sara Evi Yara
  Mila Lynn Roos Fenna Isa Jasmijn Esmee Floor Maud Merel Marloes Mirjam Ingrid Inge Ineke Joke Janneke
  Marieke Mieke Annemieke Anneke Wilma Willemijn Jolanda Yvonne Petra Saskia Karin Linda Monique Ilse
  Liesbeth Els Elske Marjolein Marleen Nathalie Renske Ria Rianne Tineke Truus Wendy Hanneke Hester
  Carlijn Charlotte Daphne Demi Dewi Elin Fay Femke Fenne Hanna Ilona Jikke Kim Lieve Liv Loes Manon Nienke`,
  // Portuguese, Brazilian
  `João Joao António Antonio Francisco Manuel José Pedro Rui Nuno Tiago Diogo Gonçalo Duarte Afonso
  Rodrigo Miguel Luís Bruno Fábio Hugo Ricardo Sérgio Vítor Paulo Marcelo Gustavo Thiago Leandro Rafael
  Felipe Caio Otávio Vinícius Guilherme Henrique Matheus Mateus Murilo Renato Wagner Wellington
  Maria Ana Beatriz Inês Mariana Leonor Matilde Carolina Joana Rita Catarina Sofia Margarida Francisca
  Marta Teresa Fernanda Luíza Luiza Larissa Letícia Juliana Camila Amanda Bruna Gabriela Raquel Helena
  Adriana Aline Bianca Débora Patrícia Priscila Renata Tatiana Vitória Yasmin Lívia`,
  // Nordic
  `Lars Anders Johan Karl Nils Erik Per Olof Olav Ola Ole Sven Björn Bjorn Magnus Mikael Henrik Fredrik
  Gustav Axel Oskar Hugo Elias Emil Viktor Linus Isak Vilhelm Sigurd Jens Søren Soren Rasmus Mads Mikkel
  Jonas Frederik Kasper Niklas Mathias Aksel Torben Jørgen Kjell Knut Leif Stig Tor Trond Eirik Einar
  Håkan Jukka Mikko Matti Timo Juha Pekka Heikki Kari Antti Ville Eero Aleksi Jari Sami
  Anna Eva Maria Karin Kristina Lena Sara Emma Elsa Ebba Alva Astrid Saga Maja Freja Ingrid Sigrid
  Linnea Matilda Wilma Agnes Ella Frida Sofia Hanna Ida Klara Signe Tove Liv Malin Annika Birgitta
  Ingeborg Solveig Randi Kirsten Mette Pernille Camilla Louise Sanne Laila Aino Aila Helmi Satu Sanna
  Tuula Päivi Riikka Johanna Kaisa`,
  // Slavic, Baltic, Hungarian, Romanian, Greek, Albanian
  `Arkadiusz Bogusław Bronisław Czesław Edward Eugeniusz Henryk Ireneusz Janusz Józef Kacper Karol
  Leszek Ludwik Mieczysław Mirosław Patryk Roman Ryszard Sebastian Wacław Waldemar Władysław Zygmunt
  Bogumiła Danuta Elżbieta Halina Helena Irena Jadwiga Krystyna Maria Stanisława Teresa Urszula Wanda
  Wiesława Zdzisława Zofia Żaneta Artur Gintaras Jonas Mindaugas Tomas Vytautas Andris Janis Juris Mārtiņš
  Rūta Inga Ieva Laura Egle Aušra Dace Ilze Zane Liene Taavi Toomas Kristjan Mart Kadri Liis Triin Kertu
  Aleksandr Alexander Alexei Aleksei Andrei Andrey Anton Boris Dmitri Dmitry Evgeny Yevgeny Fyodor Igor
  Ilya Ivan Konstantin Maxim Mikhail Nikolai Oleg Pavel Roman Sergei Sergey Stanislav Vadim Valentin
  Vasily Viktor Vladimir Vladislav Yaroslav Yuri Yury Artem Artyom Denis Kirill Ruslan Timur Bogdan
  Piotr Paweł Pawel Krzysztof Tomasz Marcin Michał Michal Grzegorz Jakub Mateusz Łukasz Lukasz Wojciech
  Kamil Rafał Rafal Dariusz Mariusz Zbigniew Jerzy Tadeusz Stanisław Kazimierz Bartosz Szymon Maciej
  Adrian Dawid Damian Przemysław Jarosław Radosław Sławomir Zdzisław Witold
  Jiří Jiri Petr Pavel Tomáš Tomas Martin Lukáš Jakub Ondřej Vojtěch Miroslav Zdeněk Václav Karel
  Milan Dušan Dusan Dragan Goran Zoran Nenad Nikola Marko Luka Stefan Milos Miloš Aleksandar Bojan
  Branko Darko Dejan Ivica Josip Mario Tomislav Vladimir Zlatan Emir Edin Haris Jasmin Mirza Amer
  László Laszlo István Istvan József Jozsef Zoltán Zoltan Gábor Gabor Attila Péter Ferenc Tamás Balázs
  Mihai Andrei Ion Ioan Gheorghe Vasile Constantin Alexandru Florin Bogdan Cristian Marius Adrian Razvan
  Răzvan Ovidiu Sorin Dorin Cătălin Catalin Radu Tudor Dumitru Lucian Valentin Marcu
  Georgios Giorgos Dimitrios Dimitris Konstantinos Kostas Nikolaos Nikos Ioannis Yannis Giannis Panagiotis
  Vasilis Christos Athanasios Thanasis Stavros Spyros Evangelos Kyriakos Stelios Andreas Apostolos
  Arben Artan Besnik Bujar Dritan Fatmir Ilir Gentian Luan Agron Blerim Fatos
  Olga Tatiana Tatyana Natalia Natalya Svetlana Irina Elena Yelena Ekaterina Yekaterina Anastasia Anna
  Maria Marina Galina Lyudmila Ludmila Larisa Nadezhda Oksana Yulia Julia Daria Darya Ksenia Polina Alina
  Alena Alyona Vera Valentina Veronika Sofia Viktoria Zoya Yana Inna Lesya Olena Kateryna Halyna
  Agnieszka Katarzyna Małgorzata Malgorzata Magdalena Joanna Ewa Barbara Dorota Beata Renata Justyna
  Aleksandra Monika Karolina Natalia Paulina Weronika Zofia Zuzanna Julia Marta Iwona Grażyna Bożena
  Jana Petra Lucie Tereza Eliška Kateřina Hana Lenka Veronika Zuzana Ivana Jelena Milica Ana Dragana
  Snežana Mirjana Marija Maja Ivana Jovana Tijana Katarina Vesna Ljiljana Biljana Sanja Tanja
  Zsuzsanna Erzsébet Katalin Ildikó Judit Eszter Krisztina Andrea Ágnes Réka
  Ioana Andreea Elena Mihaela Alexandra Cristina Gabriela Raluca Roxana Simona Oana Adina Bianca Daciana
  Eleni Maria Georgia Dimitra Sofia Aikaterini Katerina Vasiliki Angeliki Despina Eirini Chrysa Fotini
  Paraskevi Theodora Zoi Ariadni Alkistis Anisa Arta Blerta Drita Fjolla Mimoza Vjosa`,
  // Turkish, Kurdish, Azerbaijani, Central Asian
  `Abdurrahman Ahmet Akın Aydın Batuhan Bora Çağan Çağlar Doğan Doruk Egemen Emrah Ersin Ertuğrul Gökay
  Görkem Güven İlker İlhan Koray Mert Mithat Nevzat Oktay Ozan Polat Rıza Semih Sertaç Şahin Tayfun Turgut
  Umut Utku Yalçın Yücel Zeki Aslı Ayten Bahar Berna Çiğdem Dilek Emel Esin Feride Gonca Gülşen Hande
  Işıl İpek Kübra Lale Meltem Mine Müge Neslihan Nihan Oya Reyhan Saadet Selma Şebnem Tuba Ümran Zerrin
  Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Ibrahim İsmail Ismail Osman Yusuf Murat Ömer Omer Ramazan
  Halil Süleyman Suleyman Abdullah Mahmut Recep Salih Kemal Emre Burak Can Cem Deniz Eren Efe Emir Kaan
  Kerem Onur Oğuz Oguz Serkan Tolga Tuncay Volkan Yasin Yiğit Yigit Berk Berkay Arda Alper Baran Barış
  Baris Bülent Cengiz Cihan Erdem Erkan Ercan Fatih Gökhan Hakan Hakkı Kadir Kenan Levent Metin Necati
  Orhan Özgür Ozgur Selim Serdar Sinan Taner Tarık Uğur Ugur Ufuk Yavuz Yunus Zafer Bahadır Bahadir
  Fatma Ayşe Ayse Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Ozlem Yasemin
  Esra Ebru Derya Gül Gülsüm Hülya Leyla Melek Nur Nurten Pınar Pinar Selin Sena Sevgi Sibel Songül
  Tuğba Tugba Yeliz Büşra Busra Gizem Ceren Damla Dilara Ecrin Ela Elifnur Asya Defne Duru Eylül Irmak
  Azra Begüm Buse Cansu Didem Aylin Ayla Ilknur İlknur Nilüfer Serap Seda Şule Tülay Gülay Filiz Nazlı
  Rustam Farrukh Bakhtiyor Dilnoza Gulnara Aigerim Nursultan Askar Ainur Zarina Dinara`,
  // Arabic, Persian, Berber
  `Mohammed Mohamed Muhammad Muhammed Mohammad Mehmed Ahmed Ahmad Mahmoud Mahmud Mustafa Omar Umar Ali
  Hassan Hasan Hussein Husein Hussain Khalid Khaled Abdullah Abdallah Abdul Abdulrahman Abdelkader
  Abdelaziz Youssef Yousef Yusuf Ibrahim Ismail Karim Kareem Tariq Tarek Rashid Rachid Said Saeed Samir
  Sami Walid Waleed Nabil Jamal Faisal Fahad Fahd Hamza Hamid Hamed Bilal Amir Amin Amine Anas Ayman
  Aziz Bashir Farid Fouad Hani Hisham Ilyas Imad Issa Jalal Jawad Kamal Karam Majid Marwan Mounir Munir
  Mourad Murad Nasser Nasir Nizar Osama Usama Qasim Rami Riad Riyad Salah Salim Selim Suleiman Sulaiman
  Taha Tamer Wael Yasser Yaser Yahya Younes Younis Zakaria Zakariya Ziad Zaid Zayd Idris Adil Adel
  Fatima Fatma Aisha Aïcha Aicha Khadija Maryam Mariam Zainab Zaynab Zahra Amina Aminata Layla Leila
  Laila Salma Samira Sana Sara Sarah Nour Noor Huda Hoda Hana Hanan Rania Randa Reem Rim Yasmin Yasmina
  Jamila Latifa Malika Nadia Nawal Najat Noura Rasha Rana Rima Safa Samia Souad Wafa Zineb Imane Asmaa
  Asma Dounia Hafsa Houda Ikram Karima Lamia Lina Loubna Meriem Nadira Nabila Naima Ouafa Siham Soumaya
  Farah Dalia Dina Ghada Hiba Iman Ines Jana Lubna Maha Mona Mouna Nesrine Sabrina Yousra Yusra
  Reza Ali Hossein Hosein Mehdi Mahdi Amir Arash Babak Behnam Behrooz Dariush Farhad Farid Hamid Kamran
  Kaveh Kian Kourosh Majid Masoud Mohsen Navid Omid Payam Pouya Ramin Saeed Shahram Siamak Vahid
  Maryam Fatemeh Zahra Sara Narges Parisa Shirin Leila Mina Nasrin Neda Niloufar Roya Sahar Samaneh
  Setareh Shabnam Soraya Taraneh Yasaman Azadeh Golnaz Mahsa Negar Parvaneh Roxana Ziba`,
  // South Asian (Indian, Pakistani, Bangladeshi, Sri Lankan, Nepali)
  `Aarav Aditya Ajay Akash Amit Anand Anil Ankit Ankur Anuj Arjun Arun Arvind Ashok Ashish Atul Deepak
  Dev Dinesh Gaurav Gautam Girish Gopal Hari Harish Harsh Hemant Jagdish Jay Karan Kartik Kiran Krishna
  Kunal Lalit Mahesh Manish Manoj Mohan Mukesh Naveen Neeraj Nikhil Nitin Pankaj Parth Pradeep Prakash
  Pranav Prashant Praveen Rahul Raj Rajesh Rajiv Rakesh Ram Ramesh Ravi Rohan Rohit Sachin Sandeep Sanjay
  Santosh Sarvesh Satish Shankar Shashi Shiv Shivam Siddharth Sudhir Sumit Sunil Suresh Tarun Uday Varun
  Vijay Vikas Vikram Vinay Vinod Vishal Vivek Yash Yogesh Abhishek Abhinav Anirudh Aniket Chetan Darshan
  Dhruv Ishaan Ishan Kabir Madhav Manav Mihir Nakul Omkar Pratik Raghav Rajat Ritesh Sahil Saurabh Shreyas
  Tanmay Utkarsh Vedant Venkat Venkatesh Srinivas Srinivasan Subramanian Murali Balaji Ganesh Karthik
  Prasad Raghu Rajendra Ramakrishna Sridhar Sundar Gurpreet Harpreet Jaspreet Manpreet Gurdeep Harjit
  Jaswinder Kuldeep Paramjit Ranjit Sukhdev Amrit Baljit Imran Irfan Asif Arif Faisal Zubair Usman Waqar
  Zeeshan Junaid Kamran Rizwan Shahid Shoaib Sohail Tahir Tanvir Rafiq Shafiq Anwar Aamir Rashed
  Aishwarya Ananya Anita Anjali Ankita Anushka Aparna Archana Asha Bhavna Deepa Deepika Deepali Divya
  Gauri Geeta Gita Ishita Jaya Jyoti Kajal Kavita Kavya Lakshmi Lata Madhuri Manisha Meena Meera Megha
  Neha Nisha Pallavi Pooja Prachi Preeti Priya Priyanka Radha Rani Rashmi Rekha Ritu Riya Sakshi Sangeeta
  Sapna Seema Shalini Shikha Shilpa Shreya Shruti Simran Smita Sneha Sonal Sunita Sushma Swati Tanvi
  Usha Vandana Varsha Vidya Aditi Anusha Bhavya Charu Diya Isha Janvi Khushi Kriti Mansi Nandini Navya
  Nidhi Pari Payal Rupa Saanvi Sanjana Shweta Tanya Trisha Vaishnavi Harleen Jasleen Mandeep Navneet
  Ayesha Farzana Nasreen Rubina Shabana Shazia Sadia Sana Tahmina Nusrat Rukhsana Fariha`,
  // Chinese (pinyin given names; common surnames are listed separately below)
  `Wei Jing Ming Hui Yan Xin Hong Jun Lei Ping Qiang Tao Bin Bo Chao Cheng Feng Gang Hao Jian Jie Kai
  Liang Lin Long Peng Qing Rui Shan Tian Xiang Xiao Yang Yi Ying Yong Yu Yun Zhen Zhi Zhong
  Xiaoming Xiaoli Xiaohong Jianhua Jianguo Zhiwei Zhiqiang Haoran Yuxuan Zihan Yichen Yiming Zhihao
  Junjie Jiahao Jiaxin Xinyi Yuting Yifan Haoyu Mingyu Ziyi Shuang Xue Mei Lan Li Fang Na Min Juan Yan
  Jingyi Lili Lihua Meiling Xiuying Guiying Yuming Wenjun Wenjie Huimin Hongmei Chunyan Yuhan`,
  // Japanese, Korean, Vietnamese, Thai, Filipino, Indonesian
  `Hiroshi Takashi Kenji Kenta Kazuki Daiki Yuki Haruto Sota Yuto Riku Ren Takumi Shota Naoki Satoshi
  Akira Hideo Kazuo Makoto Masato Noboru Osamu Shinji Taro Tetsuya Yoshiro Yusuke Ryo Ryota Sho Koji
  Yuko Yumi Yoko Keiko Akiko Haruka Yui Aoi Sakura Hina Mio Misaki Nanami Emi Ayaka Mai Kana Rin Naoko
  Minji Jiwoo Seoyeon Jisoo Jiyeon Soyeon Hyejin Eunji Yuna Jimin Minho Jihoon Junho Hyunwoo Seojun
  Dongwook Sungmin Jaehyun Taeyang Minseo Hana Sooyoung Hyunjin Jinwoo
  Minh Tuan Anh Hung Dung Duc Thanh Hieu Quang Khanh Long Phuong Trang Linh Huong Thao Ngoc Lan Mai
  Somchai Somsak Nattapong Siriporn Malee Kanya Suda
  Rizal Jose Reynaldo Rodel Jericho Mylene Maricel Jocelyn Rowena Lorna Marites Rosalie Analyn
  Budi Agus Adi Ahmad Andi Bambang Dewi Eko Hendra Indra Joko Putri Rini Sari Sri Siti Wati Wayan Yanti`,
  // African (West, East, Southern, Horn)
  `Abiodun Ademola Adeyemi Akin Akinola Babatunde Chibuike Chidinma Chima Chinonso Chukwudi Damilola
  Ebuka Emmanuel Folasade Gbenga Ifeanyi Ikenna Jide Kehinde Taiwo Kemi Lanre Nkechi Nonso Olamide Olaniyan
  Olawale Oluchi Oluwadamilare Oluwatobi Onyeka Sade Temitope Tolu Tomiwa Uche Ugochukwu Yewande Zainab
  Kofi Kwadwo Nana Afia Akosua Esi Ekow Fiifi Kojo Kwame Mawuli Selasi Edem Elikem Yaw Agnes Aba Araba
  Ousmane Babacar Pape Mame Fatoumata Mariam Assane Alioune Djibril Ismaila Moussa Sadio Youssouf Adama
  Salif Oumar Kadidia Rokia Tidiane Sékou Mohamadou Hamidou Issa Koffi Yao Kouassi Aya Akissi Adjoua
  Tendai Rudo Tinashe Tapiwa Kudzai Nyasha Simbarashe Blessing Precious Gift Prosper Lungile Nandi
  Nokuthula Sizwe Thulani Vusi Xolani Zodwa Zola Zinhle Buhle Khanyisile Mbali Nosipho Refilwe Tumelo
  Abebe Ayana Bereket Biniam Dereje Ermias Eyerusalem Fikre Genet Habtamu Kidist Mekonnen Netsanet Rahel
  Rediet Samrawit Tsion Yared Yonas Zewdu Amina Asha Halima Juma Khamis Mwajuma Saidi Salim Wanjiku Chebet
  Jepkosgei Kiptoo Kibet Wafula Wekesa Nafula Auma Adhiambo Awino Anyango Opiyo Ouma Owino
  Adebayo Adewale Ayodele Babajide Chidi Chinedu Chukwuemeka Emeka Ikechukwu Obinna Olumide Oluwaseun
  Segun Tunde Yemi Femi Kunle Bola Dapo Kayode Ngozi Chioma Adaeze Amaka Chiamaka Funmilayo Folake
  Yetunde Bukola Abimbola Nneka Ifeoma Uchenna Kelechi Nnamdi Tobenna Kwame Kofi Kojo Kwabena Kwaku Kwesi
  Yaw Akosua Ama Abena Efua Esi Akua Adwoa Yaa Mamadou Moussa Ousmane Souleymane Ibrahima Cheikh Abdoulaye
  Modou Lamine Boubacar Aliou Seydou Amadou Aminata Fatou Awa Mariama Khadija Aïssatou Aissatou Ndeye
  Coumba Binta Oumou Kadiatou Sekou Bakary Lansana Jabari Baraka Juma Hamisi Wanjiru Wambui Njeri Achieng
  Akinyi Atieno Otieno Odhiambo Omondi Ochieng Kamau Njoroge Mwangi Kipchoge Kiprono Cheruiyot Wairimu
  Nyambura Zawadi Neema Rehema Amani Imani Tendai Tatenda Farai Tafadzwa Rutendo Chipo Nyasha Kudakwashe
  Thabo Sipho Themba Mandla Lwazi Bongani Sibusiso Siyabonga Thandiwe Thandi Nomvula Lerato Palesa
  Naledi Zanele Nomsa Busisiwe Lindiwe Ayanda Andile Kagiso Tshepo Lebogang Kgomotso Dineo Mpho Karabo
  Tesfaye Abebe Haile Girma Dawit Yohannes Mulugeta Bekele Alemayehu Tigist Meron Selam Hiwot Almaz
  Aster Mekdes Liya Bethlehem Saba Senait Yeshi Abdi Abdirahman Hodan Hawa Faduma Ayaan`,
);

/**
 * Given names that are also ordinary words, months, places, brands or software. Alone they count as a
 * name only with a strong personal context ("Dear Grace", "Name: Julia"); as the first word of a
 * "Given Surname" pair they are fine ("Julia Becker") unless also listed in WORDLIKE_GIVEN.
 */
export const AMBIGUOUS_GIVEN: ReadonlySet<string> = words(
  `Will Jan May June April August Augusta Mark Bill Grace Hope Faith Joy Rose Lily Ivy Jade Amber Ruby Pearl
  Crystal Summer Autumn Dawn Eve Holly Iris Daisy Violet Olive Hazel Heather Destiny Charity Patience
  Prudence Honor Liberty Harmony Melody Heaven Sunny Rocky King Prince Duke Earl Baron Noble Major
  Sterling Price Page Wade Lane Dale Glen Cliff Rod Art Pat Sue Don Ray Van Dean Guy Jack Rich Sandy
  Rusty Robin Drew Max Bella Luna Sol Stella Alma Aurora Marina Alba Nova Florence Victoria Paris Sydney
  Austin Dallas Jordan Georgia Virginia Carolina Charlotte Adelaide Regina Lourdes Santiago Salvador
  Sofia Orlando Jackson Chase Hunter Mason Carter Cooper Parker Taylor Morgan Bailey Riley Frank Ernst
  Otto Kai Horst Till Wolf Heide Felice Fortunato Fortunata Chiara Serena Pia Franca Bianca Blanca Luz
  Paz Cruz Mercedes Dolores Pilar Rosario Rocío Soledad Consuelo Amparo Esperanza Milagros Remedios
  Trinidad Angel Ángel Jesús Domingo Modesto Severo Constant Constance Victoire Marine Aurore Fleur Roos
  Noor Nour Mia Ella Elle Ben Wil Mar Said Julia Ada Pascal Claude Travis Jasmine Jasmin Rosa Viola
  Celeste Gioia Speranza Vittoria Natale Domenica Primo Secondo Marino Rita Nina Lina Gina Dina Hana Na
  Min Li Lin Long Bo Yi Yu Tao Ping Lan Mai Mei Kim Anh Sri Sari Liv Ida Vera Dewi Amani Imani Baraka
  Neema Juma Haile Saba Uday Dev Jay Raj Ram Hari Rani Pari Ama Esi Yaa Awa Ren Rin Sho Emi Aoi Kana
  Yang Ying Feng Chao Tian Jian Xin Yun Gang Lei Hong Jun Kiran Milan Roman Sultan Nur Can Deniz Job
  Ties Floor Hugo Sakura Hope Sultan Imani Zawadi Amani Gift Blessing Precious Prosper Parfait Désiré Justo
  Fedele Pio Lino Remo Vasco Tosca Gemma Grazia Letizia Lot Jet Lies Mien Pien Bep Jos Dick Mart Nana Pape
  Mame Mine Mio Madison Nancy Eugene Tyler Marion Elizabeth Lorraine Chelsea Chad Wendy Dante Romeo Michelangelo Leonardo Raffaello Galileo Napoleon Cleopatra Caesar Gaston Bora Umut
  Elke Anders Rien Nella Alle Toda Sara Dan`,
);

/** Given names so word-like that even "Name Capitalised" needs a personal context ("May Apple", "Will Smith"). */
export const WORDLIKE_GIVEN: ReadonlySet<string> = words(
  `Will May June April August Augusta Can Job Ties Floor Said Van Don Guy Art Pat Sue Price Page Lane
  Dale Glen Cliff Rod Wade King Prince Duke Earl Baron Noble Major Sterling Chase Hunter Mason Carter
  Cooper Parker Taylor Morgan Bailey Paris Sydney Austin Dallas Georgia Virginia Carolina Adelaide Regina
  Lourdes Santiago Salvador Orlando Jackson Mercedes Domingo Natale Domenica Summer Autumn Dawn Eve Holly
  Iris Daisy Violet Olive Hazel Heather Amber Ruby Pearl Crystal Jade Ivy Lily Alma Luna Sol Stella
  Aurora Marina Alba Nova Victoria Sultan Nur Milan Roman Long Elle Primo Secondo Marino Speranza Gioia
  Constant Marine Fleur Liberty Harmony Melody Heaven Destiny Charity Patience Prudence Honor Sunny Rocky
  Rich Sandy Rusty Robin Mar Luz Paz Cruz Wolf Till Trinidad Remedios Esperanza Florence Jordan`,
);

/** Common Chinese, Korean and Vietnamese family names (written first): "Wang Wei", "Kim Minji". */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = words(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Song Tang
  Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen
  Yao Jin Fu Zhong Cui Tan Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Oh Seo Kwon Hwang Ahn Song
  Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Tanaka Suzuki Sato Takahashi Watanabe
  Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu`,
);

/**
 * Widely known public and historical figures: a name containing one of these surnames, outside a
 * personal context, is an encyclopaedic mention ("Newton's laws", "Marie Curie won the Nobel prize").
 * Deliberately limited to distinctive surnames (no "Wagner", "Castro" or "Armstrong", which are common).
 */
export const FAMOUS_SURNAMES: ReadonlySet<string> = words(
  `Newton Einstein Curie Turing Darwin Galilei Galileo Shakespeare Mozart Beethoven Bach Picasso Rembrandt
  Gogh Vinci Michelangelo Napoleon Bonaparte Lincoln Churchill Gandhi Mandela Marx Freud Kant Hegel
  Nietzsche Goethe Schiller Alighieri Cervantes Voltaire Molière Descartes Bayes Gauss Euler Fermat
  Pythagoras Euclid Archimedes Aristotle Plato Socrates Kepler Copernicus Tesla Edison Faraday Planck Bohr
  Heisenberg Schrödinger Hawking Feynman Dirac Fibonacci Riemann Hilbert Gödel Leibniz Pasteur Mendel
  Humboldt Cajal Kahlo Dalí Goya Velázquez Gaudí Vermeer Rubens Monet Renoir Cézanne Proust Camus Sartre
  Flaubert Balzac Kafka Tolstoy Dostoevsky Chekhov Lenin Stalin Hitler Mussolini Caesar Cleopatra Obama
  Trump Biden Merkel Macron Musk Zuckerberg Bezos Keynes Chomsky Pavlov Piaget Dijkstra Knuth Torvalds
  Lovelace Babbage Neumann Nobel Mendeleev Celsius Fahrenheit Ramanujan Noether Poincaré Fourier Laplace
  Lagrange Cauchy Galois Pareto Ritchie Stroustrup Gosling Berners-Lee Gutenberg Luther Columbus Magellan
  Bismarck Adenauer Orwell Dickens Austen Tolkien Rowling Hemingway Twain Verdi Puccini Vivaldi Chopin
  Brahms Haydn Liszt Handel Händel Bolívar Guevara Montessori Marconi Volta Fermi Garibaldi Medici
  Botticelli Caravaggio Raffaello Neruda Borges Lorca Cruijff Cruyff Erasmus Spinoza Huygens Escher
  Mondriaan Mondrian Nightingale Thunberg Messi Ronaldo Federer Nadal Verstappen Gagarin Amundsen
  Hippocrates Confucius Wittgenstein Heidegger Rousseau Montesquieu Diderot Hobbes Locke Hume Machiavelli
  Kierkegaard Schopenhauer Aquinas Averroes Avicenna Ohm Ampère Joule Kelvin Hertz Doppler
  Bernoulli Avogadro Boltzmann Lorentz Rutherford Hubble Sagan Lovelock
  Roosevelt Reagan Thatcher Gorbachev Putin Scholz Meloni Rutte Wozniak
  Buffett Disney Presley Lennon McCartney Beatles Madonna Beyoncé Shakira Beauvoir Lagarde Draghi Leyen
  Sunak Starmer Zelensky Zelenskyy Modi Erdoğan Erdogan Orbán Trudeau Bolsonaro Netanyahu Nadella Pichai
  Ginsburg Obama Dahl Rowling Kahlo Angelou Kahneman Piketty Habermas Foucault Derrida Arendt Bourdieu Durkheim Weber Nietzsche Hemingway`,
);

/**
 * Full names of famous people whose surnames are too common to list above, famous characters, and the published
 * placeholder people of forms and examples ("John Doe", "Max Mustermann"): no one the prompt is about.
 */
export const FAMOUS_FULL_NAMES: ReadonlySet<string> = words(
  // joined with '_' so that multi-word names stay one entry
  `Neil_Armstrong Louis_Armstrong Fidel_Castro Richard_Wagner Michael_Schumacher Franz_Schubert
  Robert_Koch Thomas_Mann Adam_Smith John_Nash Grace_Hopper James_Watson Francis_Crick Alexander_Fleming
  Edward_Jenner William_Harvey Marco_Polo Anne_Frank Victor_Hugo Martin_Luther_King Rosa_Parks
  Harriet_Tubman Mother_Teresa Joan_of_Arc Jeanne_d'Arc Bill_Gates Steve_Jobs Tim_Cook Elon_Musk
  Michael_Jordan Lewis_Hamilton Serena_Williams Taylor_Swift Max_Planck Max_Weber Carl_Jung
  Emmanuel_Kant Rafael_Nadal Roger_Federer Lionel_Messi Cristiano_Ronaldo Johan_Cruijff Pedro_Sánchez
  Maria_Montessori Frida_Kahlo Salvador_Dalí Pablo_Picasso Diego_Rivera Claude_Monet Edith_Piaf
  Coco_Chanel Charles_de_Gaulle Benjamin_Franklin Thomas_Jefferson George_Washington John_Kennedy Henry_Ford
  Pedro_Sánchez Steve_Wozniak Bill_Clinton Hillary_Clinton Kamala_Harris Boris_Johnson Theresa_May James_Maxwell Clerk_Maxwell Dennis_Ritchie Ken_Thompson Alan_Kay
  John_McCarthy Claude_Shannon Linus_Pauling Robert_Oppenheimer
  Harry_Potter Hermione_Granger Ron_Weasley Sherlock_Holmes James_Bond Jon_Snow Arya_Stark Tyrion_Lannister
  Frodo_Baggins Bilbo_Baggins Luke_Skywalker Darth_Vader Homer_Simpson Bart_Simpson Mickey_Mouse
  Peter_Pan Indiana_Jones Bruce_Wayne Clark_Kent Peter_Parker Tony_Stark Lara_Croft Don_Quijote
  Don_Quixote Sancho_Panza Dulcinea Romeo_Montague Anna_Karenina Emma_Bovary Jane_Eyre Elizabeth_Bennet Atticus_Finch
  John_Doe Jane_Doe Joe_Bloggs Max_Mustermann Erika_Mustermann Otto_Normalverbraucher Jan_Modaal Fulano_de_Tal`,
);

/**
 * Brands, companies and products that look like "Given Surname" ("Herman Miller", "Hugo Boss") or
 * start with a given name; a candidate equal to one of these (joined with '_') is not a person.
 */
export const NAME_LIKE_BRANDS: ReadonlySet<string> = words(
  `Herman_Miller Hugo_Boss Ralph_Lauren Calvin_Klein Tommy_Hilfiger Louis_Vuitton Christian_Dior
  Giorgio_Armani Yves_Saint_Laurent Marc_Jacobs Michael_Kors Tom_Ford Ted_Baker Paul_Smith Kate_Spade
  Vera_Wang Estée_Lauder Jack_Daniel's Johnnie_Walker Jim_Beam Ben_Jerry Tim_Hortons Marks_Spencer
  Dr_Martens Dr_Oetker Carl_Zeiss Robert_Bosch Max_Mara Massimo_Dutti Pierre_Cardin Jean_Paul_Gaultier
  Martha_Stewart Betty_Crocker Wendy's Victoria's_Secret Alexander_McQueen Stella_McCartney
  Philipp_Plein Karl_Lagerfeld Anna_Sui Paul_Hartmann Oscar_Mayer Charles_Schwab Morgan_Stanley
  Goldman_Sachs Albert_Heijn Lloyds Dolce_Gabbana Ernst_Young Jack_Wolfskin Joop Marc_O'Polo Paul_Mitchell`,
);

/** Single-word company and product names often written to or about ("an e-mail to Amazon that …"). */
export const BRANDS: ReadonlySet<string> = words(
  `Amazon Google Apple Microsoft Meta Facebook Instagram Netflix Spotify Uber Airbnb PayPal Stripe Shopify
  Zalando Vodafone Telekom Orange Movistar Telefónica Vitra Ikea Lidl Aldi Tesco Sainsbury Verizon Comcast
  Booking Ryanair EasyJet Lufthansa Iberia Renault Peugeot Fiat Volkswagen Audi Siemens Philips Bosch
  Chevrolet Chrysler Mazda Subaru Mitsubishi Lexus Hyundai Saab Lamborghini Maserati Škoda Bugatti Lancia Dacia Cupra
  Maruti Polestar Cadillac Buick
  Samsung Sony Dell Lenovo Adobe Oracle Intel Nvidia Cisco Salesforce Slack Zoom Dropbox GitHub GitLab
  Atlassian Jira Notion Trello Asana Figma Canva Hermes Coolblue Jumbo Mercadona Carrefour Decathlon
  Fnac Darty MediaMarkt Saturn Otto Revolut Rabobank Santander Barclays Monzo Commerzbank Sparkasse
  UniCredit Intesa Allianz Generali Zurich Mapfre Deliveroo Glovo Bolt Lyft Tesla Ferrari Toyota Honda
  Nissan Mercedes Porsche Volvo Skoda Seat Opel Citroën Nokia Ericsson Huawei Xiaomi Alexa Siri Cortana
  Claude Gemini Copilot ChatGPT Llama Mistral Ollama Docker Kubernetes Linux Windows Android Jenkins Hudson
  Travis Grafana Kibana Ansible Terraform Heroku Vercel Netlify Jira Confluence Bitbucket`,
);

/**
 * Capitalised words that are never (part of) a person's name in running text: role words used in
 * greetings ("Dear Hiring Manager", "Hallo Team"), street and organisation words, months and weekdays in
 * the six languages, and frequent sentence-initial function words. Title case.
 */
export const ROLE_WORDS: ReadonlySet<string> = words(
  // roles, groups, greetings
  `Team Teams All Everyone Everybody Folks Guys Sir Sirs Madam Madame Madam Ladies Gentlemen Colleagues
  Colleague Friends Friend Customer Customers Client Clients Support Service Services Sales Manager
  Managers Hiring Recruiter Recruiting Hr Admin Administrator Director Officer Board Committee Council
  Department Office Staff Member Members User Users Owner Owners Tenant Landlord Landlady Doctor Nurse
  Patient Parent Parents Neighbour Neighbor Partner Partners World Universe Internet Community Reader
  Readers Student Students Teacher Professor Coach Boss Chief Captain Officer Agent Operator Developer
  Developers Engineer Engineering Product Finance Legal Marketing Operations Platform Security
  Kollegen Kollege Kollegin Kolleginnen Damen Herren Kunde Kunden Kundin Zusammen Leute Alle Mitarbeitende
  Mitarbeiter Mitarbeiterin Mitarbeitenden Geschäftsführung Personalabteilung Buchhaltung Vermieter
  Vermieterin Nachbar Nachbarn Hausverwaltung Praxis Arzt Ärztin Kundenservice Kundendienst Abteilung
  Messieurs Mesdames Monsieur Madame Mademoiselle Tous Toutes Équipe Equipe Collègue Collègues Client
  Cliente Clientes Señor Señora Señores Señoras Señorita Todos Todas Equipo Compañeros Compañero Amigos
  Signori Signore Signora Signorina Tutti Tutte Colleghi Collega Gentili Squadra Amici Dottore
  Heer Heren Dames Mevrouw Meneer Allemaal Iedereen Klant Klanten Collega Collegas Beste Geachte
  President Präsident Président Presidente Chancellor Kanzler Kanzlerin Minister Ministre Ministro
  Mayor Bürgermeister Bürgermeisterin Maire Alcalde Alcaldesa Sindaco Burgemeester Governor Gouverneur
  Gobernador Governatore Senator Senatore Senador Sénateur
  Facilities Reception Accounts Billing Payroll Management Housekeeping Maintenance Procurement Purchasing
  Communications Recruitment Helpdesk Infrastructure Compliance Research Warehouse Dispatch Shipping Returns
  Administration Accounting Treasury Audit Vertrieb Einkauf Verwaltung Geschäftsleitung Empfang Technik
  Kundenbetreuung Comptabilité Direction Accueil Facturation Achats Logistique Contabilidad Dirección
  Administración Recepción Facturación Compras Atención Amministrazione Contabilità Direzione Segreteria
  Departamento Departement Département Dipartimento Afdeling Ufficio Servicio Servizio Equipo Équipe
  Acquisti Assistenza Klantenservice Administratie Boekhouding Directie Receptie Inkoop Facilitair Servicedesk
  Mama Mami Mamá Mamma Maman Mamie Mémé Papa Papi Papá Papà Pépé Oma Omi Opa Opi Nonna Nonno Nonnina Abuela Abuelo
  Abuelita Abuelito Casero Casera Huisbaas Verhuurder`,
);

/** Street, place and organisation words. */
export const PLACE_WORDS: ReadonlySet<string> = words(
  `Street Road Avenue Lane Drive Way Close Court Place Square Terrace Crescent Gardens Grove Hill Park Row
  Mews Walk Parkway Highway Boulevard Station Airport Bridge Tower House Hall Centre Center Building
  Hotel Hospital Clinic University College School Academy Institute Foundation Museum Library Church
  Cathedral Castle Palace Bank Group Holding Holdings Company Corporation Corp Inc Ltd Llc Plc Gmbh Ag Sa
  Bv Nv Srl Spa Sarl Co Ventures Capital Partners Labs Systems Solutions Technologies Software Studio
  Studios Media Motors Airlines Airways Energy Pharma Insurance Logistics Express Mobile Telecom Cloud
  North South East West Northern Southern Eastern Western Central Upper Lower Great Little Old New Saint
  San Santa Santo São Sankt St Ste Mount Lake River Bay Island Valley Beach Port Fort City County State
  Straße Strasse Platz Gasse Allee Weg Ring Rue Calle Via Viale Piazza Corso Avenida Plaza Straat Laan
  Gracht Plein Kade GmbH mbH KGaA Gmbh Co Desk Helpdesk Servicedesk Noreply Traders Trading Industries
  Enterprises Associates Consulting Consultants Services Brothers Bros Networks Electronics Foods Retail
  Pharmaceuticals Manufacturing Investments Securities Analytics
  Hermanos Hijos Asociados Associati Associés Figli Fils Söhne Zonen OHG KG SL SAS Sàrl Cía Quai Polígono Prolongación
  Entrada Ramal Bajada Senda Pasaje Travesía Glorieta Callejón Urbanización Carretera Rambla Circle Landing Isle Estates
  Crossing Trail Harbor Harbour Shores Springs Meadows Heights Village Villages Knoll Plains Junction Turnpike Causeway
  Expressway Freeway`,
);

/** Months, weekdays and holidays (en, de, fr, es, it, nl) and function words and verbs that start sentences. */
export const CALENDAR_AND_FUNCTION_WORDS: ReadonlySet<string> = words(
  // months and weekdays (en, de, fr, es, it, nl) and common abbreviations
  `January February March April May June July August September October November December Jan Feb Mar
  Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue
  Wed Thu Fri Sat Sun Januar Februar März Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag
  Freitag Samstag Sonntag Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre
  Décembre Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Enero Febrero Marzo Abril Mayo Junio
  Julio Agosto Septiembre Octubre Noviembre Diciembre Lunes Martes Miércoles Jueves Viernes Sábado
  Domingo Gennaio Febbraio Aprile Maggio Giugno Luglio Settembre Ottobre Dicembre Lunedì Martedì
  Mercoledì Giovedì Venerdì Sabato Domenica Januari Februari Maart Mei Augustus Maandag Dinsdag Woensdag
  Donderdag Vrijdag Zaterdag Zondag Christmas Easter Weihnachten Ostern Noël Pâques Navidad Natale Pasqua
  Kerstmis Pasen Día Giorno Fête Fiesta Feest Semana Woche Semaine Settimana`,
  // function words that start sentences or headings in the six languages
  `The This That These Those There Their They Then Than Thanks Thank Please Hello Hi Hey Dear Best Kind
  Regards Yours Sincerely Cheers Greetings Good Morning Afternoon Evening Welcome Re Fwd Fw Subject From
  To Cc Bcc Date Sent Attendees Agenda Notes Summary Update Report Status Action Actions Next Steps Risk
  Risks Issue Issues Note Warning Error Info Debug Yes No Not And Or But If When What Why How Who Where
  Which While With Without For From Into About After Before During Our Your My His Her Its We You It
  Is Are Was Were Do Does Did Could Would Should Shall Might Must Has Have Had Am Be Been Here Also So Now
  Ist Sind Kann Können Wird Hat Haben Soll Est Sont Peut Voici Voilà Es Son Está Puede Hay Sono Può Ecco
  Zijn Kan Wordt Heeft Hebben
  Sehr Liebe Lieber Hallo Guten Grüße Gruß Viele Danke Bitte Und Oder Aber Wenn Der Die Das Den Dem Des
  Ein Eine Einen Mit Für Von Vom Zum Zur Bei Nach Ich Wir Sie Ihr Ihre Unser Unsere Heute Morgen
  Bonjour Bonsoir Salut Cher Chère Chers Merci Cordialement Le La Les Un Une Des Du Au Aux Et Ou Mais
  Pour Avec Sans Dans Sur Nous Vous Je Il Elle Ils Elles Votre Notre Mon Ma Mes
  Hola Buenos Buenas Estimado Estimada Estimados Querido Querida Gracias Saludos Atentamente El Los Las
  Una Unos Unas Y O Pero Con Sin Para Por Del Al Yo Nosotros Usted Ustedes Su Sus Mi Mis
  Ciao Buongiorno Buonasera Gentile Gentilissimo Gentilissima Caro Cara Cari Grazie Saluti Cordiali Il Lo
  Gli Uno Di Da In Con Su Per Tra Fra Io Noi Voi Loro Suo Sua Nostro Vostro
  Hoi Goedemorgen Goedemiddag Goedenavond Dank Bedankt Groeten Groet Met Vriendelijke Het Een En Of Maar
  Voor Zonder Bij Naar Ik Wij Jij Jullie Zij Uw Onze Mijn`,
);

/**
 * Months that are common given names too: they may start a name, with the evidence an ambiguous given name needs
 * ("My name is Jan Kowalski", "Hi June"). (Not "Mai", "Mar", "Mei": words of their languages first.)
 */
const MONTHS_THAT_ARE_GIVEN_NAMES = new Set(['Jan', 'April', 'May', 'June', 'August']);

/** All capitalised words that never start a name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_WORDS,
  ...PLACE_WORDS,
  ...[...CALENDAR_AND_FUNCTION_WORDS].filter((w) => !MONTHS_THAT_ARE_GIVEN_NAMES.has(w)),
]);

/** A known given name; compound given names need both parts: "Jean-Pierre", "Ann-Kathrin", not "Emilia-Romagna". */
export function isGivenName(w: string): boolean {
  if (GIVEN_NAMES.has(w)) return true;
  const h = w.indexOf('-');
  return h > 0 && GIVEN_NAMES.has(w.slice(0, h)) && GIVEN_NAMES.has(w.slice(h + 1));
}

/** "Mercedes-Benz" → "Mercedes": ambiguity and brand checks look at the first part too. */
export function firstPart(w: string): string {
  const h = w.indexOf('-');
  return h > 0 ? w.slice(0, h) : w;
}
