import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.ts';
import { findPasswordsInProse } from './secrets-prose.ts';

const found = (t: string) => {
  const out: Finding[] = [];
  findPasswordsInProse(t, out);
  return out.map((f) => t.slice(f.start, f.end));
};

describe('passwords stated in prose', () => {
  it('after a copula or a colon, in six languages', () => {
    expect(found('my password is Tr0ub4dor&3')).toEqual(['Tr0ub4dor&3']);
    expect(found('das Passwort lautet: sommer2024!')).toEqual(['sommer2024!']);
    expect(found('Das Routerpasswort ist jetzt Wolke-77!')).toEqual(['Wolke-77!']);
    expect(found('le mot de passe du compte partagé est « Ajax.4882 »')).toEqual(['Ajax.4882']);
    expect(found('la contraseña es Luna_7788')).toEqual(['Luna_7788']);
    expect(found('La password del portale è 8-+&6Afv2a5UdkM8.')).toEqual(['8-+&6Afv2a5UdkM8']);
    expect(found('Het wachtwoord van de gedeelde mailbox is CJ9!Mistral82.')).toEqual(['CJ9!Mistral82']);
    expect(found('Passwort für das WLAN: Katze2019')).toEqual(['Katze2019']);
    expect(found('The new password will be Autumn#42')).toEqual(['Autumn#42']);
    expect(found('CONTRASEÑA: Verano.2024')).toEqual(['Verano.2024']);
  });
  it('quoted values, without their quotes', () => {
    expect(found("the password for wifi is 'Gx7!pq2Lm'")).toEqual(['Gx7!pq2Lm']);
    expect(found('the password is "purple monkey dishwasher"')).toEqual(['purple monkey dishwasher']);
    expect(found('the password is “sunflower”')).toEqual(['sunflower']);
    expect(found('Das Passwort lautet „Blumenwiese77“.')).toEqual(['Blumenwiese77']);
  });
  it('after a verb of setting or changing', () => {
    expect(found('I set the password to Hunter2024!')).toEqual(['Hunter2024!']);
    expect(found('I reset my password and changed it to Hunter2024!')).toEqual(['Hunter2024!']);
    expect(found('Password set to "blue-Kettle-88"')).toEqual(['blue-Kettle-88']);
    expect(found('Ich habe das Passwort auf Sommer#2025 geändert')).toEqual(['Sommer#2025']);
    expect(found("j'ai changé le mot de passe en Bonjour!2024")).toEqual(['Bonjour!2024']);
    expect(found('He cambiado la contraseña a Verano.2024')).toEqual(['Verano.2024']);
    expect(found('ho cambiato la password in Estate!2024')).toEqual(['Estate!2024']);
    expect(found('Wachtwoord ingesteld op Zomer!2024')).toEqual(['Zomer!2024']);
  });
  it('right after the cue only when the value cannot be a word', () => {
    expect(found('Use password Xy7#kL9p to log in')).toEqual(['Xy7#kL9p']);
    expect(found('login with user admin and password Qw3rty!9')).toEqual(['Qw3rty!9']);
    expect(found('gcloud user-creds reset-password creds-name-1')).toEqual([]);
    expect(found('Use password manager 1Password')).toEqual([]);
  });
  it('Wi-Fi keys are passwords; a bare key is not', () => {
    expect(found('Der WLAN-Schlüssel lautet Katze2019!')).toEqual(['Katze2019!']);
    expect(found('la clé WiFi est Maison#2024')).toEqual(['Maison#2024']);
    expect(found('de wifi-sleutel is Huis2024!')).toEqual(['Huis2024!']);
    expect(found('der Schlüssel ist unter der Matte')).toEqual([]);
    expect(found("le code wifi c'est Hafenkran%312, fais comme chez toi")).toEqual(['Hafenkran%312']);
    expect(found('il codice wifi è Laguna!2023')).toEqual(['Laguna!2023']);
    expect(found('le code wifi est au dos de la box')).toEqual([]);
  });

  it('before a copula that ends a German or Dutch subordinate clause, when the value cannot be a word', () => {
    expect(found('Ist es schlimm, dass mein Passwort überall citron_2015? ist?')).toEqual(['citron_2015?']);
    expect(found('omdat het wachtwoord nu Xy7#kL9p is.')).toEqual(['Xy7#kL9p']);
    expect(found('dass das Passwort mindestens 12 Zeichen lang ist.')).toEqual([]);
    expect(found('weil das Passwort überall gleich ist.')).toEqual([]);
  });
});

describe('passphrases', () => {
  it('words joined by hyphens after any password cue', () => {
    expect(found('My passphrase is correct-horse-battery-staple')).toEqual(['correct-horse-battery-staple']);
    expect(found('Het wachtwoord van de router is: appel-boom-fiets-regen')).toEqual(['appel-boom-fiets-regen']);
    expect(found('la frase de contraseña es luna-perro-casa-verde')).toEqual(['luna-perro-casa-verde']);
    expect(found('Mon mot de passe : chat-lune-soleil-mer')).toEqual(['chat-lune-soleil-mer']);
    // four words or more joined by dots: a passphrase, not an attribute path or a host name
    expect(found('my password is thyme.warm.vista.amend')).toEqual(['thyme.warm.vista.amend']);
    expect(found('password = settings.auth.secret')).toEqual([]);
    // in quotes right after the cue
    expect(found('use passphrase "alliance-cultivated-designation-navigate" for the vault')).toEqual([
      'alliance-cultivated-designation-navigate',
    ]);
    expect(found('los paquetes que contengan la palabra clave «video»')).toEqual([]);
  });
  it('words joined by spaces after a passphrase cue, when the run ends the clause', () => {
    expect(found('The passphrase: correct horse battery staple')).toEqual(['correct horse battery staple']);
    expect(found('Ma passphrase est chat lune soleil mer.')).toEqual(['chat lune soleil mer']);
    expect(found('la passphrase è gatto luna sole mare, non dirla a nessuno')).toEqual(['gatto luna sole mare']);
  });
  it('not a phrase of the sentence or a compound word', () => {
    expect(found('my passphrase is four random words joined by hyphens')).toEqual([]);
    expect(found('the passphrase is stored in the vault')).toEqual([]);
    expect(found('your password is case-sensitive')).toEqual([]);
    expect(found('The password is up-to-date')).toEqual([]);
    expect(found('the password is state-of-the-art')).toEqual([]);
  });
});

describe('PINs and passcodes', () => {
  it('digits after a PIN cue, in six languages', () => {
    expect(found('my PIN is 4821')).toEqual(['4821']);
    expect(found('the PIN for the card is 7390')).toEqual(['7390']);
    expect(found('Die PIN ist 0815, die Geheimzahl der anderen Karte ist 4711')).toEqual(['0815', '4711']);
    expect(found('le code PIN est 2468')).toEqual(['2468']);
    expect(found('el PIN es 4512')).toEqual(['4512']);
    expect(found('il PIN è 9134')).toEqual(['9134']);
    expect(found('mijn pincode is 7731')).toEqual(['7731']);
    expect(found('my passcode is 739150')).toEqual(['739150']);
  });
  it('not a length, a requirement or an unrelated pin', () => {
    expect(found('the PIN is 4 digits')).toEqual([]);
    expect(found('Your PIN is required')).toEqual([]);
    expect(found('Die PIN ist vierstellig')).toEqual([]);
    expect(found('Il PIN è di 5 cifre')).toEqual([]);
    expect(found('El PIN es obligatorio')).toEqual([]);
    expect(found('pin 13 is connected to the LED')).toEqual([]);
    expect(found('Package: perl\nPin: version 5.32*\nPin-Priority: 1001')).toEqual([]);
    // a syllable of a name is no cue; a PIN joined to its card in capitals is
    expect(found('ATTENDEE;CN=Yen-pin Hsiung:mailto:yenpin.hsiung@example.com')).toEqual([]);
    expect(found('Die SIM-PIN ist 4711.')).toEqual(['4711']);
    expect(found('die WLAN-Passphrase ist glut-steinbruch-sattel-steckdose')).toEqual(['glut-steinbruch-sattel-steckdose']);
  });
});

describe('what follows a cue but is no password', () => {
  it('a cue with no value', () => {
    expect(found('reset your password')).toEqual([]);
    expect(found('password policy requires 12 characters')).toEqual([]);
    expect(found('enter your password below')).toEqual([]);
    expect(found('Passwort vergessen? Hier zurücksetzen')).toEqual([]);
    expect(found('mot de passe oublié ?')).toEqual([]);
    expect(found('¿Olvidaste tu contraseña?')).toEqual([]);
    expect(found('Hai dimenticato la password?')).toEqual([]);
    expect(found('Wachtwoord vergeten?')).toEqual([]);
  });
  it('an ordinary word or phrase after the copula, in six languages', () => {
    for (const t of [
      'the password is wrong',
      'the password is expired',
      'the password is too short',
      'the password is the same as before',
      'das Passwort ist falsch',
      'das Passwort ist zu kurz',
      'Das Passwort ist in der Mail',
      'le mot de passe est incorrect',
      'le mot de passe est trop court',
      'la contraseña es incorrecta',
      'la contraseña es la misma que antes',
      'la password è sbagliata',
      'la password è troppo corta',
      'het wachtwoord is onjuist',
      'Het wachtwoord is hetzelfde als vorige week',
    ])
      expect(found(t), t).toEqual([]);
  });
  it('lengths, units, dates, versions and technical terms', () => {
    expect(found('My password is at least 12 characters long')).toEqual([]);
    expect(found('The password is 12-16 characters')).toEqual([]);
    expect(found('het wachtwoord moet 12 tekens lang zijn')).toEqual([]);
    expect(found('password was changed on 2024-03-01')).toEqual([]);
    expect(found('Password set to expire in 30 days')).toEqual([]);
    expect(found('I changed the password in 2023')).toEqual([]);
    expect(found('the password is SHA-256 hashed')).toEqual([]);
    expect(found('the password is 2FA-protected')).toEqual([]);
    expect(found("CREATE ROLE joe PASSWORD 'SCRAM-SHA-256$4096:44560wPMLfjqiAzyPDZ/eQ==$4CA054rZlSFEq8Z3FEhT'")).toEqual([]);
    expect(found('Set the password in config.yaml')).toEqual([]);
    expect(found('set the password in the .env file')).toEqual([]);
  });
  it('placeholders (`changeme` is the documented default: published, not a secret)', () => {
    for (const t of [
      'password: <password>',
      'password: [db_password]',
      'password: ${DB_PASSWORD}',
      'password: ********',
      'PASSWORD: ●●●●●●●●',
      'password: xxx',
      'password: your_password_here',
      'password: TU_CLAVE_AQUI',
      'password: LA_TUA_CHIAVE',
      'password: VOTRE_MOT_ICI',
      'password: DEIN_SCHLÜSSEL',
      'password = DB_PASSWORD',
      'the password is "password"',
      'the default password is changeme, change it after install',
    ])
      expect(found(t), t).toEqual([]);
  });
  it('variable names, types and references in code', () => {
    expect(found('password = os.environ["DB_PASSWORD"]')).toEqual([]);
    expect(found('password: string')).toEqual([]);
    expect(found('password: str = Field(...)')).toEqual([]);
    expect(found('def login(username: str, password: str) -> bool:')).toEqual([]);
    expect(found('const password: string = req.body.password;')).toEqual([]);
    expect(found('hostname:port:username:password:base_dn:flags')).toEqual([]);
    expect(found('USERNAME (--password=PASSWORD | --prompt-for-password) : --cloudsql-instance=CLOUDSQL_INSTANCE')).toEqual([]);
  });
});

describe('a login stated as user name and password', () => {
  it('the password after the user name, when it cannot be a word', () => {
    expect(found('Login: admin / yJ3Jg7lEy1m9')).toEqual(['yJ3Jg7lEy1m9']);
    expect(found('Benutzer: ops | Sommer2024!')).toEqual(['Sommer2024!']);
    expect(found('Login: SSO / SAML, user: alice / bob')).toEqual([]);
  });

  it('without a colon after the login word too', () => {
    expect(found('login admin / kHfeXu7RUTYI06')).toEqual(['kHfeXu7RUTYI06']);
    expect(found('login page / settings menu')).toEqual([]);
  });

  it('a password of five digits or more, stated as such', () => {
    expect(found('Mein Passwort lautet 76938, ist das sicher?')).toEqual(['76938']);
    expect(found('the password is 2024 compliant')).toEqual([]);
  });
});

describe('a single word of random case, and the copula in its other spellings', () => {
  it('letters whose case flips at random are a password after any copula', () => {
    expect(found('La mia password è vqRTzkMbnWeY e non funziona più.')).toEqual(['vqRTzkMbnWeY']);
    expect(found('Mein Passwort ist qTrZbWkLmPx und geht nicht.')).toEqual(['qTrZbWkLmPx']);
    expect(found('Mon mot de passe est kPqZrTwYmB.')).toEqual(['kPqZrTwYmB']);
    expect(found('Mi contraseña es hGtRwQzXbNm.')).toEqual(['hGtRwQzXbNm']);
    expect(found('Mijn wachtwoord is pLkRtZwQmX.')).toEqual(['pLkRtZwQmX']);
    expect(found('My password is xKvTrQzWbL, please reset it.')).toEqual(['xKvTrQzWbL']);
  });
  it('words in camel case, product names and acronyms are not', () => {
    expect(found('The password is JavaScript based.')).toEqual([]);
    expect(found('La password è PasswordAuthentication')).toEqual([]);
    expect(found('Das Passwort ist McDonalds bekannt.')).toEqual([]);
    expect(found('the password is PostgreSQL managed')).toEqual([]);
    expect(found('the password is iPhone only')).toEqual([]);
    expect(found('la contraseña del disco es APlaceForYourStuff.')).toEqual([]);
  });
  it('copulas typed without ß or accent, past and "remains" forms', () => {
    expect(found('Das Kennwort heisst Sonne!2024')).toEqual(['Sonne!2024']);
    expect(found('Het wachtwoord luidt Zomer!2024.')).toEqual(['Zomer!2024']);
    expect(found("La mia password e' Xr7kLq9zPw")).toEqual(['Xr7kLq9zPw']);
    expect(found('La contraseña sigue siendo Verano.2024')).toEqual(['Verano.2024']);
    expect(found('Das Passwort bleibt Herbst#77')).toEqual(['Herbst#77']);
    expect(found('la password rimane Inverno_42')).toEqual(['Inverno_42']);
  });
});

describe('the value named before the cue, and an aside between cue and copula', () => {
  it('"X as my password" in six languages', () => {
    expect(found('I use Blue!Falcon77 as my password.')).toEqual(['Blue!Falcon77']);
    expect(found('Uso Gatto_Nero42 come password per la VPN.')).toEqual(['Gatto_Nero42']);
    expect(found("J'utilise Soleil!2024 comme mot de passe.")).toEqual(['Soleil!2024']);
    expect(found('Ich nutze Sommer#2025 als Passwort für alles.')).toEqual(['Sommer#2025']);
    expect(found('Ik gebruik Tulp!2024 als wachtwoord.')).toEqual(['Tulp!2024']);
    expect(found('Uso Verano.2024 como contraseña')).toEqual(['Verano.2024']);
  });
  it('not a word, a product or a cue that qualifies a noun', () => {
    expect(found('I use 1Password as my password manager.')).toEqual([]);
    expect(found('Never use your birthday as a password.')).toEqual([]);
    expect(found('Use the same as the password.')).toEqual([]);
    expect(found('We use KeePassXC as password vault.')).toEqual([]);
    expect(found('Use SHA-256 as password hash.')).toEqual([]);
  });
  it('an aside between commas', () => {
    expect(found('My password, if you need it, is Kx8#pLm2q.')).toEqual(['Kx8#pLm2q']);
    expect(found('Das Passwort, falls du es brauchst, lautet Kx8#pLm2q.')).toEqual(['Kx8#pLm2q']);
    expect(found('Le mot de passe, au cas où, est Kx8#pLm2q.')).toEqual(['Kx8#pLm2q']);
    expect(found('The password, the username, and the host are in the vault.')).toEqual([]);
    expect(found('Password, username, IP: 10.0.0.1')).toEqual([]);
  });
});

describe('recovery codes, and a quoted value right after the cue', () => {
  it("a wallet's recovery phrase of twelve words or more; not a sentence about it", () => {
    const words = 'sweatshop caption finer heating godparent hello in-joke retention excess flood graffiti cinema';
    expect(found(`My recovery phrase is ${words}`)).toEqual([words]);
    expect(found(`la frase semilla es ${words}.`)).toEqual([words]);
    expect(found('the recovery phrase is stored offline in a safe place and never typed into any website')).toEqual([]);
  });

  it('recovery and backup codes, six languages', () => {
    expect(found('The recovery code is 4f8k-2m9x-7q3z-1v5b')).toEqual(['4f8k-2m9x-7q3z-1v5b']);
    expect(found('Mein Wiederherstellungscode lautet 7Q2K-9M4X')).toEqual(['7Q2K-9M4X']);
    expect(found('Code de récupération : 48213977')).toEqual(['48213977']);
    expect(found('Backup codes: see the printout in the safe')).toEqual([]);
  });
  it('a quoted value right after the cue when it cannot be a word', () => {
    expect(found("ssh admin@host with password 'K9#mZ2$qL'")).toEqual(['K9#mZ2$qL']);
    expect(found('the password "incorrect" message shows up')).toEqual([]);
    expect(found("PASSWORD 'SCRAM-SHA-256$4096:abc=$def'")).toEqual([]);
  });
});

describe('a passphrase of four words or more typed with spaces after a password cue', () => {
  it('capitalised nouns or words in lower case, to a function word or the end of the clause', () => {
    expect(found('unser wlan-passwort ist Leuchtturm Schaukel Kieselstein Fuchs und mein sohn ändert es')).toEqual([
      'Leuchtturm Schaukel Kieselstein Fuchs',
    ]);
    expect(found('la password del wifi è lucertola biscotto biscotto scoiattolo e mio figlio la cambia')).toEqual([
      'lucertola biscotto biscotto scoiattolo',
    ]);
  });
  it('not a sentence: verbs and adverbs, comparisons, fewer than four words', () => {
    expect(found('the password is stored encrypted using bcrypt everywhere')).toEqual([]);
    expect(found('das Passwort ist Teil der Konfiguration')).toEqual([]);
    expect(found('the password is Hund Katze Maus')).toEqual([]);
  });
  it("the code of one's Wi-Fi or box, in French, Spanish and Italian", () => {
    expect(found("le code de mon wifi c'est Rocher72# et mon fils n'arrête pas de le changer")).toEqual(['Rocher72#']);
    expect(found('el código del wifi es Faro-2024! desde ayer')).toEqual(['Faro-2024!']);
  });
});

describe('spoken forms of stating a password', () => {
  it('a comma before the copula, and Spanish nouns ending -ado in a passphrase', () => {
    expect(found("le mot de passe du wifi au chalet, c'est mistral.tournesol.citronnier.grenier. Soeun")).toEqual([
      'mistral.tournesol.citronnier.grenier',
    ]);
    expect(found('la contraseña del wifi de la casa rural es golondrina tejado almendro tormenta. Taein')).toEqual([
      'golondrina tejado almendro tormenta',
    ]);
    expect(found('the password, is it safe to share?')).toEqual([]);
  });
});

describe('a password asked for on one line and given in a reply on one of the next', () => {
  it('the reply opens with a copula, after a speaker, a pronoun or an adverb', () => {
    const chat = 'guan: kann jemand das Passwort für den Drucker-Admin zurücksetzen?\nxuyao.qian: ist jetzt H&IqVGxCWEw%z, bitte ändern';
    expect(found(chat)).toEqual(['H&IqVGxCWEw%z']);
    expect(found('A: what is the wifi password?\nB: it is now Tr0ub4dor&3 ok')).toEqual(['Tr0ub4dor&3']);
  });
  it('not a word, a name or a product in the reply, nor a value four lines on', () => {
    expect(found('A: wie ist das Passwort?\nB: ist jetzt Ostern')).toEqual([]);
    expect(found('Forgot my password?\nIt is ServiceDesk-Portal, use the link')).toEqual([]);
    expect(found('Reset your password here.\n1\n2\n3\nIt is Tr0ub4dor&3')).toEqual([]);
  });
});

describe("a VPN's pre-shared key and a Dutch 'wachtwoordzin', named in the six languages", () => {
  it('the value after the name', () => {
    expect(found('VPN config: endpoint 172.19.30.229, pre-shared key #marble_1832QC. Write me the file.')).toEqual(['#marble_1832QC']);
    expect(found('Config de la VPN: servidor 172.27.71.245, clave compartida 5kn!9*oVc2oD. ¿Me generas')).toEqual(['5kn!9*oVc2oD']);
    expect(found('Wachtwoordzin van de gedeelde kluis van Hayk: zolder.citroen.molen.lantaarn — graag')).toEqual([
      'zolder.citroen.molen.lantaarn',
    ]);
  });
  it('not the word alone', () => {
    expect(found('the PSK is set in the config file')).toEqual([]);
  });
});

describe('a password named again by a pronoun, or given in the next chat message', () => {
  it('after a comma: "…, it\'s now …", "…, es ist jetzt …", "…, het is nu …"', () => {
    expect(found("the wifi password for the studio changed, it's now biscuit_1998. — don't post it")).toEqual(['biscuit_1998']);
    expect(found('Het wachtwoord is veranderd, het is nu zomer-Lamp88.')).toEqual(['zomer-Lamp88']);
    expect(found('The password policy changed, it is now stricter: twelve characters minimum.')).toEqual([]);
    expect(found("Password reset done, it's fine now.")).toEqual([]);
  });

  it('the reply of a JSON chat export to a message asking for it', () => {
    const slack = (reply: string) =>
      `[{"user":"a","text":"who has the staging db password?"},{"ts":"1718031170.112","user":"b","text":"${reply}"}]`;
    expect(found(slack("it's u+F6E8!VsYm*+N — don't post it in general pls"))).toEqual(['u+F6E8!VsYm*+N']);
    expect(found(slack('Kupfer$33iZU – aber bitte nicht im offenen Kanal'))).toEqual(['Kupfer$33iZU']);
    expect(found(slack('ask Ops, they rotate it weekly'))).toEqual([]);
    expect(found('[{"text":"password policy updated"},{"text":"ServiceDesk2024 is the new portal"}]')).toEqual([]);
  });
});

describe('passwords stated a little further off (issue 14)', () => {
  it('in quotes in the sentence after the cue: random words joined, four at least', () => {
    expect(
      found('Tovan forgot the passphrase of her backup disk. She thinks it was "meadow-copper-pepper-harbour" — please test it.'),
    ).toEqual(['meadow-copper-pepper-harbour']);
    expect(
      found("Ilsa a oublié la phrase de passe de son disque. Elle pense que c'était « falaise-framboise-grenouille-noisette » – à tester."),
    ).toEqual(['falaise-framboise-grenouille-noisette']);
    expect(found('Ilsa ha dimenticato la passphrase del disco. Pensa che fosse «farfalla temporale melograno nocciola».')).toEqual([
      'farfalla temporale melograno nocciola',
    ]);
  });

  it('not a term in quotes, nor a button’s label', () => {
    expect(found('Ein Angreifer könnte das Passwort erraten. Er nutzt „Brute-Force-Methoden“, die häufig vorkommen.')).toEqual([]);
    expect(found('Change the password. Then click "Save new password settings" below.')).toEqual([]);
    expect(found('Reset your password here. The page says "Forgot your password?" at the top.')).toEqual([]);
  });

  it('as an aside: between commas, or in parentheses after "the old one"', () => {
    expect(found('The old password for the online account, GBoI4O0KjPYcE8h2C, was shared by mistake')).toEqual(['GBoI4O0KjPYcE8h2C']);
    expect(found('Sie möchte das Kundenportal-Passwort ändern, das alte (59HOLUNDER_3) hat sie verschickt')).toEqual(['59HOLUNDER_3']);
    expect(found('pide restablecer su contraseña; la antigua (Marmota59#) la envió por error')).toEqual(['Marmota59#']);
    expect(found('Reset the password, see ticket (INC004512) for details')).toEqual([]);
    expect(found('change your password, version 2.4.1, then restart')).toEqual([]);
  });

  it('an alarm or a door code, and an aside a chat puts after the copula', () => {
    expect(found('yes, and the alarm code is rWQ8Vhmli2g#M')).toEqual(['rWQ8Vhmli2g#M']);
    expect(found('Das WLAN-Passwort der Ferienwohnung ist übrigens Kiefer1975')).toEqual(['Kiefer1975']);
    expect(found('het wifi-wachtwoord van het huisje is trouwens UP5#M9nS&p6jW')).toEqual(['UP5#M9nS&p6jW']);
    expect(found('The alarm code is set in the panel settings.')).toEqual([]);
  });
});
