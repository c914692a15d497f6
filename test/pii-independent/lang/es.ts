import { esCcc, esDniNie, grouped } from '../values.ts';
import type { LangPack } from './pack.ts';

const BASES = [
  'de los Alfareros',
  'del Molino',
  'de las Acacias',
  'de la Herrería',
  'del Lavadero',
  'de los Tejedores',
  'de la Alhóndiga',
  'de las Golondrinas',
  'del Puerto Viejo',
  'de los Almendros',
];
const TYPES = ['Calle', 'Avenida', 'Paseo', 'Plaza', 'Camino', 'Ronda', 'Travesía', 'Calle', 'Calle'];
const TOWNS: [string, string][] = [
  ['Valladolid', '47'],
  ['Córdoba', '14'],
  ['Gijón', '33'],
  ['Alicante', '03'],
  ['Zaragoza', '50'],
  ['Cáceres', '10'],
  ['Logroño', '26'],
  ['Pamplona', '31'],
];

export const es: LangPack = {
  carrierFrames: [
    '¿Me explicas con palabras sencillas esta frase del manual? «{C}» La necesito para {W}. {P}',
    'Esto viene de la documentación y se lo reenvié a {W}:\n\n{C}\n\n¿Qué significa en la práctica? {P}',
    '¿Esta frase es correcta o la dirías de otra manera?\n> {C}\n\n{P}',
    '{C}\n\n{P}\n\nResume el párrafo anterior en una frase para {W}.',
    'Formulario: comentarios sobre la documentación\nEnviado por: {W}\nCita: {C}\nObservación: {P}',
    'Según {W}, esto está desactualizado: «{C}» {P} ¿Qué redacción propondrías?',
    'No entiendo esta frase: {C} {P}',
  ],
  promptFrames: [
    'Redacta un correo breve y cortés para {W} sobre el retraso del envío. Incluye esto: {P}',
    'Resume este ticket de soporte en dos frases.\n\nTicket {O}\nSolicitante: {W}\n{P}\nLa exportación falla desde el lunes.',
    'Arregla esta configuración, el servicio no arranca:\n\n```yaml\nservicio:\n  nombre: sync-almacen\n  responsable: {W}\n  reintentos: 3\n```\n{P}',
    'Reescribe esto de forma más amable, es para {W}: «{P} Avísame antes del viernes.»',
    'Estoy rellenando un formulario para {W}. {P} ¿En qué casilla va?',
    'Convierte estas notas en tareas:\n- migración: {W}\n- {P}\n- próxima revisión en dos semanas',
    'Contesta brevemente a este mensaje: «hola, una pregunta rápida. {P} gracias»',
    'Traduce esta nota al inglés para {W}: {P}',
  ],
  generic: [
    'la gente de soporte',
    'mi casero',
    'nuestro departamento de contabilidad',
    'nuestro nuevo becario',
    'mi jefa',
    'nuestro cliente',
    'la secretaría',
    'la encargada del turno de noche',
  ],
  addressing: ['Hola {A},', '¡Mil gracias, {A}!', 'Un abrazo,\n{A}', 'Buenos días {A}, una pregunta.', 'Perdona {A}, no vi tu llamada.'],
  phrases: {
    PERSON: [
      '{A} se encarga del ticket a partir del lunes.',
      '{A} preguntó si se puede dividir la factura.',
      'Saludos cordiales,\n{A}',
      'cc {A}',
      'Asistentes: {A}, {B}',
      'El contrato lo firmó ayer {A}.',
      'Lo hablé con {A} y con {B}.',
    ],
    EMAIL: ['Manda el borrador a {A} cuando esté listo.', 'Mi correo es {A}.', 'Responder a: {A}'],
    EMAIL_SPOKEN: ['puedes escribirme a {A}'],
    PHONE: ['Llámame al {A} si algo no está claro.', 'Móvil: {A}', 'He cambiado de número, ahora es el {A}.'],
    PHONE_WORDS: ['mi número es el {A}, a partir de las seis', 'Por favor, devuelve la llamada al {A}.'],
    PHONE_SPACED: ['Teléfono (dictado): {A}', 'llámame al {A}'],
    ADDRESS: ['Envíalo a {A}, por favor.', 'Mi nueva dirección es {A}.', 'Dirección de facturación: {A}'],
    DATE_OF_BIRTH: ['Nací el {A}.', 'Fecha de nacimiento: {A}', 'nacida el {A}'],
    CREDIT_CARD: ['Cárgalo a mi tarjeta {A}, caduca 09/28.', 'Número de tarjeta: {A}'],
    IBAN: ['Haz la devolución a la cuenta {A}.', 'IBAN: {A}'],
    BANK_NATIONAL: ['Número de cuenta (CCC): {A}', 'Domicilia el recibo en la cuenta {A}.'],
    BANK_US: ['Para la transferencia a EE. UU.: routing number {A}, número de cuenta {B}.'],
    NATIONAL_ID: ['Mi DNI es {A}.', 'NIE: {A}'],
    SSN: ['Mi número de la seguridad social de EE. UU. (SSN) es {A}.'],
    PASSPORT: ['Mi número de pasaporte es {A}.', 'Pasaporte n.º {A}, expedido en 2021.'],
    DRIVER_LICENSE: ['Número del permiso de conducir: {A}', 'El número de mi carné de conducir es {A}.'],
    IP_ADDRESS: ['Todas las peticiones vienen de {A}.', 'Mi IP de casa es {A}, añádela a la lista blanca.'],
    API_KEY: ['Esta es la clave que uso: {A}', 'export API_TOKEN={A}'],
    PASSWORD: ['Mi contraseña es {A} y ya no funciona.', 'La contraseña de admin es {A}, cámbiala al entrar.'],
    PASSPHRASE: ['la frase de paso del wifi es {A}', 'Mi contraseña es {A} (cuatro palabras, como pidió informática).'],
    CONNECTION_STRING: ['DATABASE_URL={A}', 'Se conecta con {A} y luego da timeout.'],
  },
  neutral: [
    'Que no pase de 150 palabras.',
    '¡Gracias de antemano!',
    'Debe sonar profesional pero cercano.',
    'Ya reiniciamos el servidor dos veces.',
    'No corre prisa, basta con el final de la semana que viene.',
    'Trata al destinatario de usted.',
    'El equipo lo acordó en la última retrospectiva.',
  ],
  hardNegatives: [
    'Tengo dolores de cabeza desde que pinté la pared de color rosa; ¿qué pintura sin olor recomiendas para un cuarto con poca luz?',
    'El pedido {O} llegó dañado el {D}. Redacta una reclamación firme pero educada.',
    'En la plantilla deja password: [db_password] y api_key: ${API_KEY} tal cual, se rellenan al desplegar.',
    'La guía dice que sustituyas <your-token> por tu propio token; el ejemplo muestra ******** en lugar de la contraseña.',
    'Explica las leyes de Newton a un niño de doce años.',
    'Miguel de Cervantes nació en Alcalá de Henares en 1547. Resume su obra en tres puntos.',
    'Escribe una escena corta en la que Don Quijote y Sancho Panza discuten sobre un horario de tren.',
    'El año pasado pasamos de Jenkins a GitHub Actions y de Oracle a PostgreSQL. ¿Fue buena idea?',
    'Compara Zara, Mercadona y Telefónica por facturación en {Y}.',
    'Actualizar a la versión {V} arregló el fallo, pero la memoria subió {Q} MB.',
    'El servidor tiene {Q} GB de RAM y atiende unas {Q} peticiones por segundo en hora punta.',
    'La oficina se mudó a Bilbao y el almacén sigue cerca de Murcia. Actualiza el pie de página.',
    'Para restablecer tu contraseña, pulsa «He olvidado mi contraseña» en la página de acceso; el enlace caduca en 24 horas.',
    'El commit {H} introdujo la regresión; la petición fallida tenía el id {U}.',
    'Para pruebas, la documentación usa la tarjeta 4242 4242 4242 4242 y la clave AKIAIOSFODNN7EXAMPLE.',
    'El ejemplo de cortafuegos permite 192.0.2.10 y 10.0.0.0/8 y enlaza el panel de administración a 127.0.0.1.',
    '```python\ntotal = 0\nfor precio in precios:\n    total += precio * 1.21\nprint(round(total, 2))\n```\n¿Por qué el total sale un céntimo mal?',
    'La revisión de diseño es el {D} a las 14:30 en la sala 3.12.',
    'La referencia de factura {F} aparece dos veces en la exportación, ¿cómo quito los duplicados?',
    'El pilar central del puente necesita refuerzo; la paz del barrio depende de que acaben pronto las obras.',
    'Pon MAX_CONNECTIONS=200 y POOL_TIMEOUT=30 en el fichero .env y reinicia.',
  ],
  words: [
    'cobre',
    'farol',
    'orbita',
    'mosaico',
    'nogal',
    'glaciar',
    'pimienta',
    'puerto',
    'terciopelo',
    'cardo',
    'canon',
    'guijarro',
    'halcon',
    'montura',
    'pradera',
    'cinta',
    'enchufe',
    'tundra',
    'violeta',
    'cantera',
    'brasa',
    'ancla',
    'galleta',
    'cobalto',
  ],
  digitWords: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  countries: ['ES', 'ES', 'ES', 'IT'],
  address(rng) {
    const [town, pre] = rng.pick(TOWNS);
    const floor = rng.chance(0.5) ? `, ${rng.int(1, 9)}º ${rng.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}` : '';
    return `${rng.pick(TYPES)} ${rng.pick(BASES)}, ${rng.int(1, 140)}${floor}, ${pre}${rng.digits(3)} ${town}`;
  },
  phone(rng) {
    const mobile = rng.pick(['6', '7']) + rng.digits(8);
    const land = '9' + rng.int(1, 8) + rng.digits(7);
    return rng.pick([
      `+34 ${grouped(mobile, [3, 3, 3], ' ')}`,
      grouped(mobile, [3, 3, 3], ' '),
      grouped(land, [3, 3, 3], ' '),
      `+34 ${grouped(land, [2, 3, 2, 2], ' ')}`,
    ]);
  },
  date(rng, d) {
    const dd = String(d.day).padStart(2, '0');
    const mm = String(d.month).padStart(2, '0');
    return rng.pick([`${dd}/${mm}/${d.year}`, `${d.day} de ${es.months[d.month - 1]} de ${d.year}`, `${dd}-${mm}-${d.year}`]);
  },
  nationalId: esDniNie,
  bankNational(rng) {
    const v = esCcc(rng);
    return [rng.chance(0.6) ? grouped(v, [4, 4, 2, 10], ' ') : rng.chance(0.5) ? v : grouped(v, [4, 4, 2, 10], '-')];
  },
};
