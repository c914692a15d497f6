// Spanish phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const ES: Phrasings = {
  pos: [
    `BOLETÍN DE NOTAS — 2.º trimestre, 4.º de Primaria
Alumno/a: {{U1}}
Fecha de nacimiento: {{DOBK1}}
Observaciones: {{G1}} ha mejorado mucho en lectura, aunque le cuesta concentrarse después del recreo.
Tutora: {{f2}}{{I2}}`,
    `CITACIÓN JUDICIAL
Juzgado de Primera Instancia n.º 3 de Valencia — procedimiento {{ORDER}}
Se cita a {{A1}}, con domicilio en {{ADDR}}, a comparecer el {{DATE}} a las {{TIME}}.`,
    `Grupo "Vecinos portal 7" 🏢
{{g1}}: alguien sabe si mañana cortan el agua?
{{g2}}: sí, de 9 a 12, lo puso el administrador
{{g1}}: gracias {{g2}}!!`,
    `PARTE DE ENTRADA DE VIAJEROS
Primer apellido: {{S1}}
Nombre: {{G1}}
Fecha de nacimiento: {{DOB1}}
Nacionalidad: {{NAT1}}
N.º de pasaporte: {{PASSHOME1}}`,
    `¿Me corriges esta carta de presentación?
"Hola, soy {{F1}} y me gustaría trabajar con ustedes como recepcionista. Hablo griego, inglés y español. Mi teléfono es {{PHONE}} y mi correo {{E1}}."`,
    `Currículum
{{m1}}{{P1}}
NIE: {{NIE}}
{{ADDRL}}
Móvil: {{PHONE}}
Nacido en Ereván el {{DOB1}}`,
    `Querida {{f1}}{{G1}}:
Sentimos muchísimo la pérdida de {{P2}}. Siempre recordaremos sus historias del puerto y su café tan fuerte. Un abrazo enorme de parte de {{F3}} y familia.`,
    `Parte de siniestro — hogar
Tomador: {{R1}}
DNI: {{DNI}}
Dirección del riesgo: {{ADDR}}
Cuenta para el abono: {{IBAN}}`,
    `Incidencia #{{NUM}}: la app se cierra al subir fotos
{{F1}}: me pasa con fotos de más de 10 MB
{{F2}}: confirmado, le paso el ticket a {{H3}}`,
    `Notas para la canguro
{{G1}} se acuesta a las 21:00, nada de azúcar después de cenar.
Si pasa algo llama a {{PHONE}} o a {{f2}}{{G2}} (la vecina del 2.º B).
Contraseña del wifi: {{PWD}}`,
    `Reseña ★★★★★ "El trato de {{T1}} en recepción fue genial, y {{G2}} nos recomendó un restaurante buenísimo. Volveremos."`,
    `Traduce al georgiano para mi suegra: "{{G1}} y yo llegamos el viernes. Nos quedamos en casa de {{F2}}, {{ADDR}}."`,
    `Gimnasio — nota en la ficha
El socio {{m1}}{{N1}} pide congelar la cuota tres meses. No cargar la tarjeta {{CARD}} desde el {{DATE}}.`,
    `Notas de genealogía:
{{m1}}{{P1}}, nacido el {{DOBO1}} en Batumi, llegó a Bilbao en 1998.
Casado con {{f2}}{{F2}}.
¿Puedes redactarlo como un párrafo para el álbum familiar?`,
    `Discurso de boda (borrador): "Cuando {{G1}} conoció a {{G2}} en aquel autobús a Tiflis, ninguno de los dos hablaba el idioma del otro…"`,
    `REPARTO — "La casa de Bernarda Alba"
Bernarda ...... {{F1}}
Adela ......... {{F2}}
Poncia ........ {{F3}}
Ensayo general el {{DATE}}.`,
    `Albarán de envío {{ORDER}}
Destinatario: {{A1}}
{{ADDRL}}
Tel. de contacto: {{PHONE}}`,
    `Declaración de la renta — dudas
Contribuyente: {{F1}}, DNI {{DNI}}
Cónyuge: {{F2}}
¿En qué casilla van los alquileres?`,
    `Resume este audio: "Hola, soy {{F1}} de la clínica, llamo para recordar a {{F2}} la cita del {{DATE}}. Si no puede venir, llame al {{PHONEW}}."`,
    `config de producción, no lo subas:
DB_URL={{CONN}}
SENDGRID_KEY={{KEY}}
# contacto: {{E1}}`,
    `Conductor principal: {{F1}}, permiso de conducir {{DL1}}
Fecha de nacimiento: {{DOB1}}`,
    `Hay 20 intentos fallidos de acceso para {{H1}} desde {{IP}}. ¿Lo bloqueo?`,
    `Acta de la junta de propietarios: el Sr. {{m1}}{{S1}} denuncia humedades; la Sra. {{f2}}{{F2}} pedirá presupuesto.`,
    `Bizum no me funciona, te paso la cuenta de {{F1}}: {{IBAN}}.`,
    `Hola, me llamo {{F1}}, vivo en {{ADDR}} y busco a alguien que dé clases de piano a mi hija.`,
    `Gracias a {{F1}} y a {{F2}} por organizar la cena del barrio. Las fotos las tiene {{G3}}: {{O3}}`,
    `Inscripción en el club de ajedrez
Nombre: {{P1}}
Fecha de nacimiento: {{DOBY1}}
Teléfono: {{PHONES}}`,
    `¿Me ayudas a escribir una nota de agradecimiento para {{G1}}? Nos cuidó el gato mientras estábamos en Atenas.`,
    `Pasaporte {{PASSPORT}} a nombre de {{A1}}; hay que llevarlo al consulado.`,
    `Ficha de empadronamiento
Titular: {{R1}}
Documento del país de origen: {{HOMEID1}}
Teléfono en origen: {{PHONEH1}}
Domicilio anterior: {{ADDRH1}}`,
    `¿Por qué me rechazan la tarjeta {{CARD}} en la web? La caducidad está bien.`,
    `En el log del router aparece {{IP}} todas las noches sobre las {{TIME}}. ¿Es un ataque?`,
    `A partir de ahora el alquiler va a la cuenta {{IBAN}}; la antigua está cerrada.`,
    `Config de la VPN: servidor {{IP}}, clave compartida {{PWD}}. ¿Me generas el fichero?`,
    `Token de GitHub de {{G1}}, revócalo cuando termines: {{KEY}}`,
  ],
  hard: [
    `Escribe tres frases sobre Mikis Theodorakis y la banda sonora de "Zorba el griego".`,
    `La avenida Rustaveli es la calle principal de Tiflis, con la ópera y el antiguo parlamento.`,
    `William Saroyan ganó el Pulitzer en 1940 y lo rechazó.`,
    `Pedido {{ORDER}} de Ferrero: entrega aplazada al {{DATE}}.`,
    `Para pruebas, usad solo {{TESTCARD}} con caducidad {{DATE}}, por ejemplo.`,
    `La tarjeta {{NOCARD}} no pasa el algoritmo de Luhn; seguramente está mal copiada.`,
    `IBAN de ejemplo de la documentación: {{NOIBAN}} (inválido a propósito).`,
    `La versión {{VER}} arregla el cierre al importar; commit {{SHA}}.`,
    `Petición {{UUID}}: 3,4 s, el servidor {{DOCIP}} no respondió.`,
    `Abrid solo {{CIDR}} en el cortafuegos (cambio {{ORDER}}).`,
    `Sustituye [Nombre] [Apellido] por el nombre del cliente.`,
    `Ulises tarda diez años en volver a Ítaca; resume el canto IX para 2.º de la ESO.`,
    `El monte Ararat se ve desde Ereván, pero está en Turquía.`,
    `La reunión pasa al {{DATE}} a las {{TIME}}, sala {{NUM}}.`,
    `El Rosario de mi abuela es de nácar y costó {{AMOUNT}} restaurarlo.`,
    `Chupa Chups no, pero Loewe, Zara no… ¿qué marcas españolas llevan el apellido de su fundador?`,
    `Seguimiento {{ORDER}}: en reparto, entrega prevista el {{DATE}}.`,
    `María Callas cantó Norma casi noventa veces; escribe una nota breve para el programa.`,
    `Pon API_KEY=TU_CLAVE en el .env y reinicia.`,
    `Stalin nació en Gori, donde todavía hay un museo dedicado a él.`,
  ],
  neg: [
    `¿Me explicas esta frase más fácil? "{{C}}"`,
    `{{C}}`,
    `{{C}} {{C}}`,
    `Traduce al inglés: {{C}}`,
    `¿Es correcta esta frase? {{C}}`,
    `Hazme una lista de pasos: {{C}} {{C}}`,
    `¿Qué significa esto en la práctica? {{C}}`,
    `De la ayuda: "{{C}}" — no entiendo la segunda parte.`,
    `Resume en una línea: {{C}}`,
    `Revisa la ortografía: {{C}}`,
  ],
};
