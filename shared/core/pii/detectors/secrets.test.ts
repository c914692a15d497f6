import { describe, expect, it } from 'vitest';
import { secretDetector } from './secrets.ts';
import { entropy, isPlaceholder } from './secrets-values.ts';

const found = (t: string) => secretDetector.detect(t).map((f) => t.slice(f.start, f.end));
// Test tokens are assembled at run time so that this file does not itself look like a leaked credential.
const j = (...p: string[]) => p.join('');
const BODY36 = 'a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ';

describe('prefixed keys and tokens', () => {
  it('finds vendor tokens', () => {
    const gh = j('gh', 'p_', BODY36);
    expect(found(`export GITHUB_TOKEN=${gh}`)).toEqual([gh]);
    const pat = j('github', '_pat_', '11ABCDEFG0123456789_', BODY36, 'QwErTy');
    expect(found(`token ${pat} leaked`)).toEqual([pat]);
    const stripe = j('sk', '_live_', '51HxYz', BODY36.slice(0, 20));
    expect(found(`const KEY = "${stripe}";`)).toEqual([stripe]);
    const slack = j('xo', 'xb-', '2048-4096-', 'AbCdEfGhIjKlMnOpQrStUvWx');
    expect(found(`slack: ${slack}`)).toEqual([slack]);
    const openai = j('sk', '-proj-', 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St90');
    expect(found(`OPENAI_API_KEY="${openai}"`)).toEqual([openai]);
    const google = j('AI', 'za', 'SyD3x4mpl3K3yF0rT35t1ngPurp0s3sOnly1');
    expect(found(`key=${google}&q=x`)).toEqual([google]);
    const aws = j('AK', 'IA', '2OMIIF3TTJSTQTYC');
    expect(found(`aws access key ${aws} in the config`)).toEqual([aws]);
  });
  it('finds JWTs only when the header decodes to JSON with "alg"', () => {
    const b64 = (s: string) => btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const jwt = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"sub":"42","iat":1700000000}')}.Zk9vYmFyQmF6UXV4X3NpZ25hdHVyZQ`;
    expect(found(`Cookie: session=${jwt}; Path=/`)).toEqual([jwt]);
    const notJwt = `${b64('{"typ":"JWT","kid":"k1"}')}.${b64('{"sub":"42"}')}.Zk9vYmFyQmF6UXV4`;
    expect(found(`value ${notJwt}`)).toEqual([]);
  });
  it('skips documented example keys and placeholders', () => {
    expect(found('key: AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(found('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([]);
    expect(found('e.g. "sk-xxxxxxxxxxxxxxxxxxxxxxxx"')).toEqual([]);
    expect(found('sk-... is the format of the key')).toEqual([]);
    expect(found(`SLACK_BOT_TOKEN=${j('xo', 'xb-your-bot-token')}`)).toEqual([]);
  });
});

describe('PEM and connection strings', () => {
  it('labels a whole private-key block', () => {
    const pem = `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAzaNwqfCygKyZXDZLYsmZK6ytP1e6chndDbg03cKc1FZz6hi\nNaKgtB6JgG3xAlHiV9BqLDzXZdKClQq0Mk1VRA2BdE8HIS3P8dyxKFb8GyB7Zn\n-----END RSA PRIVATE KEY-----`;
    expect(found(`my key:\n\n${pem}\n\nthanks`)).toEqual([pem]);
    expect(found('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----')).toEqual([]);
    expect(
      found('-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----'),
    ).toEqual([]);
  });
  it('labels the whole connection string when it carries a password', () => {
    const url = 'postgres://app:Winter2020%24@db-01.internal:5432/crm';
    expect(found(`DATABASE_URL="${url}"`)).toEqual([url]);
    const mongo = 'mongodb+srv://svc:N0tS0S3cret@cluster0.ab12c.mongodb.net/users?retryWrites=true';
    expect(found(`uri: ${mongo}`)).toEqual([mongo]);
    const ado = 'Server=tcp:db.example.net,1433;Initial Catalog=Sales;User ID=app;Password=Sunsh1ne2023;Encrypt=True;';
    expect(found(`"${ado}"`)).toEqual([ado]);
    expect(found('postgres://app:<password>@localhost:5432/app')).toEqual([]);
    expect(found('postgres://app:${DB_PASSWORD}@localhost:5432/app')).toEqual([]);
    expect(found('see https://user@example.org/path')).toEqual([]);
    expect(found('curl -u admin:S3cretPa55 https://api.internal/v1')).toEqual(['admin:S3cretPa55']);
    expect(found('curl -u admin:$API_PASS https://api.internal/v1')).toEqual([]);
  });
});

describe('passwords and keys stated as such', () => {
  it('config key = value', () => {
    expect(found('SMTP_PASSWORD=Sunshine2020?')).toEqual(['Sunshine2020?']);
    expect(found('      POSTGRES_PASSWORD: tiger-Moon-58-Stone')).toEqual(['tiger-Moon-58-Stone']);
    expect(found('aws_secret_access_key = "kP9+aZ3xq/7Jt2LwV8mN4bR6cY1sD0eF5gH2iJ3k"')).toEqual([
      'kP9+aZ3xq/7Jt2LwV8mN4bR6cY1sD0eF5gH2iJ3k',
    ]);
    expect(found('PrivateKey = +/JtJBjXn2JPyXFf6QGKaAI5i8RIyUwyLJmamMHXKVU=')).toEqual(['+/JtJBjXn2JPyXFf6QGKaAI5i8RIyUwyLJmamMHXKVU=']);
  });
  it('prose in six languages', () => {
    expect(found('My Wi-Fi password is Bella2019!')).toEqual(['Bella2019!']);
    expect(found('Das temporäre Passwort lautet Dragon2021#.')).toEqual(['Dragon2021#']);
    expect(found('le mot de passe temporaire est Ajax.4882')).toEqual(['Ajax.4882']);
    expect(found('La contraseña del wifi es fZtcjq@CH#aLf')).toEqual(['fZtcjq@CH#aLf']);
    expect(found('La password del wifi è Primavera2023$')).toEqual(['Primavera2023$']);
    expect(found('het tijdelijke wachtwoord is river-Cactus-39')).toEqual(['river-Cactus-39']);
  });
  it('tokens and secrets stated in prose', () => {
    expect(found('the client secret is 8f7dXc5b4a3e2f1a0b9c8d7eQf5a4b3c')).toEqual(['8f7dXc5b4a3e2f1a0b9c8d7eQf5a4b3c']);
    expect(found('Mein API-Token lautet Zt9xQ2mWv8LkP4sR7nBd')).toEqual(['Zt9xQ2mWv8LkP4sR7nBd']);
    expect(found('The token is expired, please refresh it')).toEqual([]);
    expect(found('the secret is c62d3e88-2964-4651-8220-bc08d148846a')).toEqual([]);
    expect(found('cache hit key=product:38483')).toEqual([]);
    expect(found('hotkey: Ctrl+Shift+K, secretary: Anna')).toEqual([]);
    // named right before it, no copula: letters of random case, or letters, digits and a symbol
    expect(found('the token KqnqEJry735 stopped working')).toEqual(['KqnqEJry735']);
    expect(found('the token mozzarella7169$ stopped working')).toEqual(['mozzarella7169$']);
    expect(found('the token limit is 4096, the secret sauce2 is salt')).toEqual([]);
  });
  it("a password's key names its value whatever it looks like: a PIN, a word of eight letters or more ending the field", () => {
    expect(found('DB_PASSWORD=807732')).toEqual(['807732']);
    expect(found('DB_PASSWORD=licelomadepexu')).toEqual(['licelomadepexu']);
    expect(found("password: 'sunflowers'")).toEqual(['sunflowers']);
    expect(found('api_key: mohutavakexigu\nregion: eu')).toEqual(['mohutavakexigu']);
    // a setting, a metavariable, prose after the sign, a count
    expect(found('password: prompt')).toEqual([]);
    expect(found('--root-password=PASSWORT, --root-password-file=PFAD')).toEqual([]);
    expect(found('--root-password= akzeptiert das zu setzende Passwort')).toEqual([]);
    expect(found('SetCredentialEncrypted= konfiguriert, siehe systemd.exec(5)')).toEqual([]);
    expect(found('token_ttl=3600')).toEqual([]);
  });

  it('a digest named a token or a secret is one; named a key or a commit it is not', () => {
    const sha = '2c69eb727770e6eeb489af9ae2ab5dfffacde2c9';
    expect(found(`use secret ${sha} for the webhook`)).toEqual([sha]);
    expect(found(`the token for staging is ${sha}`)).toEqual([sha]);
    expect(found(`the key is ${sha}`)).toEqual([]);
    expect(found(`the commit ${sha} broke it`)).toEqual([]);
  });

  it('a key of twelve letters in random case', () => {
    expect(found('export API_KEY=BCVdPCRYhTco')).toEqual(['BCVdPCRYhTco']);
    expect(found('export API_KEY=PostgreSQL')).toEqual([]);
  });
  it("a password on a command line: MySQL's glued -p, sshpass -p; not the prompt or a variable", () => {
    expect(found('mysql -u root -pacftH9Fdym9A prod_db')).toEqual(['acftH9Fdym9A']);
    expect(found("mysqldump -uroot -p'Xk2#pl9q' shop > shop.sql")).toEqual(['Xk2#pl9q']);
    expect(found('sshpass -p Hunter22x ssh admin@host')).toEqual(['Hunter22x']);
    expect(found('mysql -u root -p prod_db')).toEqual([]);
    expect(found('mysql -u root -p$MYSQL_PWD db; mysql -u root -p<password>')).toEqual([]);
  });

  it('bearer tokens', () => {
    expect(found('-H "Authorization: Bearer 9f8e7d6c5b4a3928XyZ1706f5e4d3c2b1a0"')).toEqual(['9f8e7d6c5b4a3928XyZ1706f5e4d3c2b1a0']);
    expect(found('Authorization: Bearer <token>')).toEqual([]);
  });
  it('ignores placeholders, public keys, hashes, UUIDs and ordinary words', () => {
    expect(found('api_key = YOUR_API_KEY')).toEqual([]);
    expect(found(`STRIPE_KEY=${j('pk', '_live_', '51HxYzAbCdEfGhIjKlMnOpQr')}`)).toEqual([]); // publishable, public by design
    expect(found('password: !vault |')).toEqual([]);
    expect(found('password: ********')).toEqual([]);
    expect(found('password: [db_password]')).toEqual([]);
    expect(found('DB_PASSWORD = MYSQL_ROOT_PASSWORD')).toEqual([]);
    expect(found('--encryption-key=DATABASE_ENCRYPTION_KEY --client-secret-value=CLIENT_SECRET_VALUE')).toEqual([]);
    expect(found('token: ${GITHUB_TOKEN}')).toEqual([]);
    expect(found('secret: {{ vault_secret }}')).toEqual([]);
    expect(found('PublicKey = waCiBXWv+6XeZhQ/YJ4z+Z3RjlGaWxIdShR6ECzyOTD=')).toEqual([]);
    expect(found('SENTRY_RELEASE=feaf9acf56337790367dc336893b5a22e812589a')).toEqual([]);
    expect(found('"integrity": "sha512-36qjM/zi37B54xd5bi7D0sGyLPkgeC2c6ByIFFTJSvOT3X8afb6D+U+2XftJd4V9uXQ=="')).toEqual([]);
    expect(found('request_id=550e8400-e29b-41d4-a716-446655440000')).toEqual([]);
    expect(found('Forgot password? Click reset.')).toEqual([]);
    expect(found('Come resetto il modem se ho dimenticato la password di amministratore?')).toEqual([]);
    expect(found('password_min_length: 12')).toEqual([]);
    expect(found('Prossimi passi: go-live a gennaio')).toEqual([]);
  });
  it('offsets after emoji', () => {
    const t = '👋 La password del wifi è Pf7JVdb6M!9kFj';
    const [f] = secretDetector.detect(t);
    expect(f).toMatchObject({ type: 'SECRET', start: t.indexOf('Pf7'), end: t.length });
  });
});

describe('helpers', () => {
  it('isPlaceholder and entropy', () => {
    expect(isPlaceholder('<your-token>')).toBe(true);
    expect(isPlaceholder('changeme')).toBe(true);
    expect(isPlaceholder('xxxxxxxxxxxx')).toBe(true);
    expect(isPlaceholder('N0tS0S3cret')).toBe(false);
    expect(isPlaceholder('[db_password]')).toBe(true);
    expect(isPlaceholder('correct-horse-battery-staple')).toBe(false);
    expect(entropy('aaaaaaaa')).toBe(0);
    expect(entropy('abcdefgh')).toBe(3);
  });
});

describe('a random-looking value stated after the word for a key, six languages', () => {
  const token = j('7Hk2mQ9x', 'Lp4Rt8Vz', '3Nb6Wc1Y');
  it.each([
    `My API key is ${token}`,
    `Der API-Schlüssel lautet ${token}`,
    `La clé de l'API est ${token}`,
    `La clave de la API es ${token}`,
    `La chiave API è ${token}`,
    `De API-sleutel is ${token}`,
  ])('%s', (text) => {
    expect(found(text)).toEqual([token]);
  });
  it.each([
    'Der Schlüssel liegt unter der Matte.',
    'La clé est dans le tiroir de gauche, à côté des factures.',
    'La chiave è nel cassetto.',
    'De sleutel is bij de buren: Vossenlaan 12',
    'Clé USB de 64 Go, référence 1234567890123456.',
  ])('not a word, a place or a reference: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a password as the third argument of a connect or login call, and a key named in prose', () => {
  it('takes a string literal after the address and the user, not a variable or a placeholder', () => {
    expect(found("$pdo = new PDO('mysql:host=localhost;dbname=shop', 'shopuser', 'Kompass97*');")).toEqual(['Kompass97*']);
    expect(found('$c = mysqli_connect("db.internal", "shop", "Hafen-Kran-77");')).toEqual(['Hafen-Kran-77']);
    expect(found('$pdo = new PDO($dsn, $user, $pass);')).toEqual([]);
    expect(found("mysqli_connect('localhost', 'root', 'changeme')")).toEqual([]);
  });
  it('takes a long random value of capitals, small letters and digits a few words after key, token, sleutel …', () => {
    const key = j('pk_b3098182_', 'Pa34MsfWhaIU0bg3', 'Zrd7vxTzCG8q44gZ');
    expect(found(`sviatopolk zag dat de sleutel ${key} in de repo stond`)).toEqual([key]);
    expect(found('the key Kubernetes_Deployment_Controller_v2 is the one to watch')).toEqual([]);
    expect(found('key commit 9f3c2a7b1d4e5f60718293a4b5c6d7e8f9012345 fixed it')).toEqual([]);
    expect(found(`the public key ${j('MIIBIjANBgkqhkiG9w0', 'BAQEFAAOCAQ8AMIIBCgKCAQEA')} is fine`)).toEqual([]);
  });
});

describe("a line of PostgreSQL's password file", () => {
  it('the last field, where the text names the file or the line stands alone', () => {
    expect(found(`Dans mon .pgpass : db01:5432:compta:yeongjun:${j('^mC*3t7de', 'V0yDXY3t&B+')}`)).toEqual([j('^mC*3t7de', 'V0yDXY3t&B+')]);
    expect(found('time 10:30:45:12:99 elapsed')).toEqual([]);
  });
});

describe('an AWS secret access key beside its key id, unlabelled', () => {
  it('forty characters of base64 in random case on the next lines', () => {
    const keys = 'AWS keys for the backup:\nAKIA2XCKRVMS2S4WYASV\nHy0lUCgZJGlz5YDHT4th8i4Iu9JdKeW+yVAY8kuZ';
    expect(found(keys)).toEqual(['AKIA2XCKRVMS2S4WYASV', 'Hy0lUCgZJGlz5YDHT4th8i4Iu9JdKeW+yVAY8kuZ']);
  });
  it('not a hex digest beside it, nor forty characters without a key id', () => {
    expect(found('AKIA2XCKRVMS2S4WYASV\nsha1 da39a3ee5e6b4b0d3255bfef95601890afd80709')).toEqual(['AKIA2XCKRVMS2S4WYASV']);
    expect(found('build Hy0lUCgZJGlz5YDHT4th8i4Iu9JdKeW+yVAY8kuZ')).toEqual([]);
  });
});

describe("a key whose name only begins like a digest's", () => {
  it("SharedAccessKey in a Service Bus connection string is a key; a file's sha256 is not", () => {
    expect(
      found(
        'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=Zk3mP9qX2vB7nL4tR8wY1cF6hJ0sD5gA3eK7uI9oQ2=',
      ),
    ).toEqual(['Zk3mP9qX2vB7nL4tR8wY1cF6hJ0sD5gA3eK7uI9oQ2=']);
    expect(found('file_sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toEqual([]);
  });
});
